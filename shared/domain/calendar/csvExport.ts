/** One row of the calendar's CSV export, already in words. */
export interface CsvItem {
  id: string;
  /** Local date and time in the workspace's home time zone. */
  date: string;
  time: string;
  timeZone: string;
  /** UTC ISO instant */
  at: string;
  channel: string;
  title: string;
  campaign: string;
  client: string;
  audienceSegment: string;
  owner: string;
  status: string;
  sourceItemId: string;
  adaptationNote: string;
  notes: string;
}

export const CSV_COLUMNS: readonly (keyof CsvItem)[] = [
  'id',
  'date',
  'time',
  'timeZone',
  'at',
  'channel',
  'title',
  'campaign',
  'client',
  'audienceSegment',
  'owner',
  'status',
  'sourceItemId',
  'adaptationNote',
  'notes',
];

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header plus one CRLF-ended row per item; a UTF-8 BOM first when asked (Excel reads it). */
export function calendarToCsv(items: readonly CsvItem[], options: { bom?: boolean } = {}): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...items.map((i) => CSV_COLUMNS.map((c) => csvField(i[c])).join(',')),
  ];
  return (options.bom ? '\uFEFF' : '') + rows.map((r) => r + '\r\n').join('');
}
