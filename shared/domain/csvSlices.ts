// Cutting a CSV file too big for one API call into slices that each carry the header line and
// whole records, so each slice parses exactly as its part of the file would. Record boundaries
// and line numbers follow csvText.ts's reader to the character: a line break inside quotes is
// not a boundary, CRLF counts as one line, a lone CR as one. Each slice says how many lines to
// add to its own line numbers so problems name the line of the whole file.

export interface CsvSlice {
  /** The header record (BOM removed) followed by whole records of the file. */
  text: string;
  /** Add to a line number in `text` to get the line in the whole file. */
  lineOffset: number;
  /** Lines of the whole file this slice's records start and end on (1-based, inclusive). */
  firstLine: number;
  lastLine: number;
}

export interface CsvSlicing {
  slices: CsvSlice[];
  /** Records that alone (with the header) exceed the budget: left out, named by line. */
  tooLong: { line: number; reason: string }[];
  /** The header record itself exceeds half the budget: nothing can be sliced. */
  headerProblem: string | null;
}

interface RecordSpan {
  start: number;
  end: number;
  /** Lines the record starts and ends on. */
  line: number;
  lastLine: number;
  /** Line the next record starts on. */
  nextLine: number;
}

/** The record starting at `start` on line `line`: where it ends (after its line break). */
function recordAt(body: string, start: number, line: number): RecordSpan {
  let quoted = false;
  let current = line;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      // "" inside quotes toggles out and straight back in: the reader's escaped quote.
      if (c === '"') quoted = false;
      else if (c === '\n') current++;
    } else if (c === '"') {
      quoted = true;
    } else if (c === '\r' && body[i + 1] === '\n') {
      return { start, end: i + 2, line, lastLine: current, nextLine: current + 1 };
    } else if (c === '\n' || c === '\r') {
      return { start, end: i + 1, line, lastLine: current, nextLine: current + 1 };
    }
  }
  return { start, end: body.length, line, lastLine: current, nextLine: current };
}

/**
 * Slices `text` into pieces of at most `maxChars` characters, each the header record plus as
 * many whole records as fit. A file that fits whole is one slice with offset 0.
 */
export function sliceCsv(text: string, maxChars: number): CsvSlicing {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const header = recordAt(body, 0, 1);
  const headerText = body.slice(0, header.end);
  if (headerText.length * 2 > maxChars) {
    return {
      slices: [],
      tooLong: [],
      headerProblem: `the header line is ${headerText.length.toLocaleString('en')} characters long; at most ${Math.floor(maxChars / 2).toLocaleString('en')} can be imported`,
    };
  }
  // A header that ends the file has no line break, and then there are no records to add.
  const head = headerText;
  const headLines = header.nextLine - 1;
  const budget = maxChars - head.length;
  const slices: CsvSlice[] = [];
  const tooLong: CsvSlicing['tooLong'] = [];
  let from = -1;
  let fromLine = 0;
  let to = -1;
  let lastLine = 0;
  const flush = () => {
    if (from < 0) return;
    slices.push({
      text: head + body.slice(from, to),
      lineOffset: fromLine - (headLines + 1),
      firstLine: fromLine,
      lastLine,
    });
    from = -1;
  };
  let at = header.end;
  let line = header.nextLine;
  while (at < body.length) {
    const rec = recordAt(body, at, line);
    const size = rec.end - rec.start;
    if (size > budget) {
      flush();
      tooLong.push({
        line: rec.line,
        reason: `the row is ${size.toLocaleString('en')} characters long, more than one import can carry (is a quote left open?)`,
      });
    } else {
      if (from >= 0 && rec.end - from > budget) flush();
      if (from < 0) {
        from = rec.start;
        fromLine = rec.line;
      }
      to = rec.end;
      lastLine = rec.lastLine;
    }
    at = rec.end;
    line = rec.nextLine;
  }
  flush();
  return { slices, tooLong, headerProblem: null };
}
