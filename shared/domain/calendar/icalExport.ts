// RFC 5545 text built by hand: the calendar export is small and a library would add a
// dependency for a few lines of folding and escaping.

export interface IcalItem {
  id: string;
  title: string;
  channel: string;
  /** UTC ISO instant */
  at: string;
  status: string;
  audienceSegment: string;
  campaignName: string | null;
  notes: string;
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Content lines are folded so no line is longer than 75 octets (RFC 5545 3.1): a fold is CRLF
 * plus one space, and never splits a UTF-8 character.
 */
export function foldIcalLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** 2026-03-14T09:30:00.000Z → 20260314T093000Z */
export function icalUtc(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A VCALENDAR with one VEVENT per item; `stamp` is when the file was made (DTSTAMP). */
export function calendarToIcal(
  items: readonly IcalItem[],
  stamp: string,
  calendarName: string,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Baton//Cross-channel calendar//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcalText(calendarName)}`,
  ];
  for (const item of items) {
    const description = [
      `Channel: ${item.channel}`,
      `Status: ${item.status}`,
      item.campaignName === null ? null : `Campaign: ${item.campaignName}`,
      item.audienceSegment === '' ? null : `Segment: ${item.audienceSegment}`,
      item.notes === '' ? null : item.notes,
    ]
      .filter((l): l is string => l !== null)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}@baton`,
      `DTSTAMP:${icalUtc(stamp)}`,
      `DTSTART:${icalUtc(item.at)}`,
      `SUMMARY:${escapeIcalText(`[${item.channel}] ${item.title}`)}`,
      `DESCRIPTION:${escapeIcalText(description)}`,
      `CATEGORIES:${escapeIcalText(item.channel)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcalLine).join('\r\n') + '\r\n';
}
