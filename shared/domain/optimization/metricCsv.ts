// Daily figures pasted from a spreadsheet or an ad platform export: `day,metric,value` per line,
// a header line optional. Separators: comma, semicolon or tab; a decimal comma is accepted
// (`2,5` with ; or tab as separator, or a quoted "2,5"). Good rows are kept, bad rows named by
// their line number so the person can fix just those.

export interface MetricCsvRow {
  line: number;
  day: string;
  metricKey: string;
  value: number;
}

export interface MetricCsvProblem {
  line: number;
  problem: string;
}

export interface MetricCsvParse {
  rows: MetricCsvRow[];
  problems: MetricCsvProblem[];
}

function splitLine(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  // `2026-03-02,ctr,1,5`: four comma cells where the last two are digits is a decimal comma.
  if (sep === ',' && cells.length === 4 && /^-?\d+$/.test(cells[2]!) && /^\d+$/.test(cells[3]!)) {
    return [cells[0]!, cells[1]!, `${cells[2]},${cells[3]}`];
  }
  return cells;
}

function isRealDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A number as typed: `1234.5`, `1,5`, `12%`, `1 234,5`; null when it is not one. */
export function parseFigure(raw: string): number | null {
  let s = raw.replace(/[\s%€$£]/g, '');
  if (s === '') return null;
  if (s.includes(',') && s.includes('.')) {
    // The later mark is the decimal one: 1.234,5 or 1,234.5
    s =
      s.lastIndexOf(',') > s.lastIndexOf('.')
        ? s.replace(/\./g, '').replace(',', '.')
        : s.replace(/,/g, '');
  } else if (s.includes(',')) {
    s = s.replace(',', '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Reads pasted CSV text against the metric keys of the campaign's standard (matched by key or
 * by name, ignoring case).
 */
export function parseMetricCsv(
  text: string,
  metrics: readonly { key: string; name: string }[],
): MetricCsvParse {
  const byWord = new Map<string, string>();
  for (const m of metrics) {
    byWord.set(m.key.toLowerCase(), m.key);
    byWord.set(m.name.toLowerCase(), m.key);
  }
  const rows: MetricCsvRow[] = [];
  const problems: MetricCsvProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cells = splitLine(raw);
    if (rows.length === 0 && problems.length === 0 && /^day$|^date$/i.test(cells[0] ?? '')) return;
    if (cells.length !== 3) {
      problems.push({ line, problem: `has ${cells.length} cells; expected day,metric,value` });
      return;
    }
    const [day, metric, value] = cells as [string, string, string];
    if (!isRealDay(day)) {
      problems.push({ line, problem: `day '${day}' is not a date like 2026-03-14` });
      return;
    }
    const metricKey = byWord.get(metric.toLowerCase());
    if (!metricKey) {
      problems.push({
        line,
        problem: `metric '${metric}' is not in the dashboard standard (${metrics.map((m) => m.key).join(', ')})`,
      });
      return;
    }
    const figure = parseFigure(value);
    if (figure === null) {
      problems.push({ line, problem: `value '${value}' is not a number` });
      return;
    }
    rows.push({ line, day, metricKey, value: figure });
  });
  return { rows, problems };
}
