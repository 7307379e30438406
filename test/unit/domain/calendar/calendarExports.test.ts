import { describe, expect, it } from 'vitest';
import {
  calendarToCsv,
  calendarToIcal,
  type CsvItem,
  csvField,
  escapeIcalText,
  foldIcalLine,
  icalUtc,
} from '../../../../shared/domain/calendar';

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('iCal text', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nand\rmore', 'two\\nlines\\nand\\nmore'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeIcalText(raw)).toBe(escaped);
  });

  it.each([
    ['short', 1],
    ['x'.repeat(75), 1],
    ['x'.repeat(76), 2],
    ['x'.repeat(75 + 74 + 1), 3],
    ['é'.repeat(60), 2], // 120 octets
    ['🎉'.repeat(40), 3], // 160 octets, 4 each
  ])('folds %j into %i line(s) of at most 75 octets', (line, count) => {
    const folded = foldIcalLine(line).split('\r\n');
    expect(folded).toHaveLength(count);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    folded.slice(1).forEach((l) => expect(l.startsWith(' ')).toBe(true));
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('writes UTC instants in basic format', () => {
    expect(icalUtc('2026-03-14T09:30:05.123Z')).toBe('20260314T093005Z');
  });

  it('makes a VCALENDAR with one VEVENT per item, CRLF lines, UID, DTSTAMP and DTSTART in UTC', () => {
    const text = calendarToIcal(
      [
        {
          id: 'i1',
          title: 'Spring launch, part 1; the email',
          channel: 'email',
          at: '2026-03-16T08:00:00.000Z',
          status: 'planned',
          audienceSegment: 'VIP',
          campaignName: 'Spring',
          notes: 'Line one\nLine two',
        },
        {
          id: 'i2',
          title: 'Teaser',
          channel: 'social',
          at: '2026-03-15T08:00:00.000Z',
          status: 'idea',
          audienceSegment: '',
          campaignName: null,
          notes: '',
        },
      ],
      '2026-03-01T12:00:00.000Z',
      'Acme calendar',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:i1@baton');
    expect(lines).toContain('UID:i2@baton');
    expect(lines).toContain('DTSTAMP:20260301T120000Z');
    expect(lines).toContain('DTSTART:20260316T080000Z');
    expect(lines).toContain('SUMMARY:[email] Spring launch\\, part 1\\; the email');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'DESCRIPTION:Channel: email\\nStatus: planned\\nCampaign: Spring\\nSegment: VIP\\nLine one\\nLine two',
    );
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
  });
});

describe('CSV text', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('quotes %j as %j', (raw, quoted) => {
    expect(csvField(raw)).toBe(quoted);
  });

  const row: CsvItem = {
    id: 'i1',
    date: '2026-03-16',
    time: '09:00',
    timeZone: 'Europe/Berlin',
    at: '2026-03-16T08:00:00.000Z',
    channel: 'email',
    title: 'Spring, "the" launch',
    campaign: 'Spring',
    client: 'Acme',
    audienceSegment: 'VIP',
    owner: 'Ana',
    status: 'planned',
    sourceItemId: '',
    adaptationNote: '',
    notes: 'a\nb',
  };

  it('a header and CRLF rows, fields quoted as needed', () => {
    const text = calendarToCsv([row]);
    expect(text).toBe(
      'id,date,time,timeZone,at,channel,title,campaign,client,audienceSegment,owner,status,sourceItemId,adaptationNote,notes\r\n' +
        'i1,2026-03-16,09:00,Europe/Berlin,2026-03-16T08:00:00.000Z,email,"Spring, ""the"" launch",Spring,Acme,VIP,Ana,planned,,,"a\nb"\r\n',
    );
  });

  it('a UTF-8 BOM only when asked', () => {
    expect(calendarToCsv([], { bom: true }).startsWith('\uFEFFid,')).toBe(true);
    expect(calendarToCsv([]).startsWith('id,')).toBe(true);
  });
});
