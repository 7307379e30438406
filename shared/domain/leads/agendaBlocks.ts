// The weekly sync agenda's Markdown (weeklyAgendaMarkdown) read back as blocks, so the screen
// and the PDF show exactly what the .md export holds without a general Markdown renderer: the
// agenda only ever has headings, paragraphs, lists (with task boxes) and pipe tables.

export type AgendaBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: { text: string; task: boolean }[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

const STARTS_BLOCK = /^(#{1,3}\s|\s*\||\s*[-*]\s)/;
const SEPARATOR_ROW = /^\|(\s*:?-+:?\s*\|)+\s*$/;

/** The cells of `| a | b \| c |`, with escaped pipes read back as pipes. */
export function tableCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

export function agendaBlocks(markdown: string): AgendaBlock[] {
  const blocks: AgendaBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (heading) {
      blocks.push({
        kind: 'heading',
        level: heading[1]!.length as 1 | 2 | 3,
        text: heading[2]!.trim(),
      });
      i++;
    } else if (line.trimStart().startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trimStart().startsWith('|'); i++) {
        if (!SEPARATOR_ROW.test(lines[i]!.trim())) rows.push(tableCells(lines[i]!));
      }
      const [columns = [], ...body] = rows;
      blocks.push({ kind: 'table', columns, rows: body });
    } else if (/^\s*[-*]\s/.test(line)) {
      const items: { text: string; task: boolean }[] = [];
      for (; i < lines.length && /^\s*[-*]\s/.test(lines[i]!); i++) {
        const text = lines[i]!.replace(/^\s*[-*]\s/, '');
        const task = /^\[[ xX]\]/.test(text);
        items.push({ text: (task ? text.slice(3) : text).trim(), task });
      }
      blocks.push({ kind: 'list', items });
    } else {
      // The first line always belongs to the paragraph (a "#tag" that is no heading, say).
      const text = [line.trim()];
      for (i++; i < lines.length && lines[i]!.trim() !== '' && !STARTS_BLOCK.test(lines[i]!); i++)
        text.push(lines[i]!.trim());
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}
