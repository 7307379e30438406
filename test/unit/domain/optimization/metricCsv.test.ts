import { describe, expect, it } from 'vitest';
import { parseFigure, parseMetricCsv, standardFor } from '../../../../shared/domain/optimization';

const paid = standardFor(null, 'paid_ads');

describe('parseFigure', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['12%', 12],
    ['1 234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['abc', null],
    ['', null],
    ['1.2.3', null],
  ])('%s → %s', (raw, value) => {
    expect(parseFigure(raw)).toBe(value);
  });
});

describe('parseMetricCsv', () => {
  it('reads rows with or without a header, by key or name, with decimal commas', () => {
    const text = [
      'day,metric,value',
      '2026-03-02,ctr,1.4',
      '2026-03-03;CPC;0,82',
      '2026-03-04\tROAS\t3,1',
      '2026-03-05,cpa,"24,5"',
      '2026-03-06,ctr,1,6',
      '',
    ].join('\n');
    expect(parseMetricCsv(text, paid)).toEqual({
      rows: [
        { line: 2, day: '2026-03-02', metricKey: 'ctr', value: 1.4 },
        { line: 3, day: '2026-03-03', metricKey: 'cpc', value: 0.82 },
        { line: 4, day: '2026-03-04', metricKey: 'roas', value: 3.1 },
        { line: 5, day: '2026-03-05', metricKey: 'cpa', value: 24.5 },
        { line: 6, day: '2026-03-06', metricKey: 'ctr', value: 1.6 },
      ],
      problems: [],
    });
    expect(parseMetricCsv('2026-03-02,ctr,1.4', paid).rows).toHaveLength(1);
  });

  it.each([
    ['2026-02-30,ctr,1', "day '2026-02-30' is not a date like 2026-03-14"],
    ['02/03/2026,ctr,1', "day '02/03/2026' is not a date like 2026-03-14"],
    [
      '2026-03-02,open_rate,1',
      "metric 'open_rate' is not in the dashboard standard (spend, ctr, cpc, cpa, roas)",
    ],
    ['2026-03-02,ctr,lots', "value 'lots' is not a number"],
    ['2026-03-02,ctr', 'has 2 cells; expected day,metric,value'],
  ])('names the bad row %s by line number', (bad, problem) => {
    const parsed = parseMetricCsv(
      `day,metric,value\n2026-03-01,ctr,1\n${bad}\n2026-03-03,ctr,2`,
      paid,
    );
    expect(parsed.problems).toEqual([{ line: 3, problem }]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4]);
  });
});
