import { describe, expect, it } from 'vitest';
import {
  metricKeyFor,
  readStandardDrafts,
  standardsProblemRow,
  type MetricDraft,
} from '../../../../shared/domain/optimization/standardsDraft';

const row = (patch: Partial<MetricDraft> = {}): MetricDraft => ({
  key: '',
  name: 'Open rate',
  unit: '%',
  direction: 'higher',
  target: '25',
  dataSource: 'Email platform',
  frequency: 'daily',
  ...patch,
});

describe('metricKeyFor', () => {
  it.each([
    ['Open rate', [], 'open_rate'],
    ['CTR', [], 'ctr'],
    ['ROAS (×)', [], 'roas'],
    ['Café visits', [], 'cafe_visits'],
    ['7-day reach', [], 'metric_7_day_reach'],
    ['!!!', [], 'metric'],
    ['Open rate', ['open_rate'], 'open_rate_2'],
    ['Open rate', ['open_rate', 'open_rate_2'], 'open_rate_3'],
  ])('%s with %j taken → %s', (name, taken, key) => {
    const k = metricKeyFor(name, new Set(taken));
    expect(k).toBe(key);
    // What the stored shape accepts.
    expect(k).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
  });

  it('keeps a long name within the key length', () => {
    expect(metricKeyFor('a'.repeat(80), new Set()).length).toBeLessThanOrEqual(40);
  });
});

describe('readStandardDrafts', () => {
  it('turns rows into metrics, keeping kept keys and making new ones from the name', () => {
    const r = readStandardDrafts('email', 'Email', [
      row({ key: 'open_rate', name: 'Opens (renamed)' }),
      row({ name: 'Open rate', target: '1,5', direction: 'lower', frequency: 'weekly' }),
      row({ name: 'Revenue', unit: ' EUR ', target: '1 500' }),
    ]);
    expect(r).toEqual({
      ok: true,
      metrics: [
        expect.objectContaining({ key: 'open_rate', name: 'Opens (renamed)', target: 25 }),
        expect.objectContaining({
          key: 'open_rate_2',
          target: 1.5,
          direction: 'lower',
          frequency: 'weekly',
        }),
        expect.objectContaining({ key: 'revenue', unit: 'EUR', target: 1500 }),
      ],
    });
  });

  it.each([
    [{ name: '  ' }, 'email[0].name', 'Email, metric 1: name is required'],
    [{ target: '' }, 'email[0].target', 'Email, metric 1 (Open rate): target is required'],
    [
      { target: 'lots' },
      'email[0].target',
      'Email, metric 1 (Open rate): target "lots" is not a number',
    ],
    [
      { unit: 'x'.repeat(201) },
      'email[0].unit',
      'Email, metric 1 (Open rate): unit must be at most 200 characters',
    ],
    [
      { dataSource: 'x'.repeat(201) },
      'email[0].dataSource',
      'Email, metric 1 (Open rate): data source must be at most 200 characters',
    ],
  ])('names the row and field of %j', (patch, field, message) => {
    expect(readStandardDrafts('email', 'Email', [row(patch)])).toEqual({
      ok: false,
      problems: [{ field, message }],
    });
  });

  it('refuses two metrics of one name in a type', () => {
    const r = readStandardDrafts('social', 'Social', [row(), row({ name: 'open RATE' })]);
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          field: 'social[1].name',
          message: 'Social, metric 2 (open RATE): name is the same as metric 1',
        },
      ],
    });
  });

  it('refuses more than 30 metrics', () => {
    const many = Array.from({ length: 31 }, (_, i) => row({ name: `M${i}` }));
    const r = readStandardDrafts('event', 'Event', many);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toEqual({
      field: 'event',
      message: 'Event: at most 30 metrics (there are 31)',
    });
  });
});

describe('standardsProblemRow', () => {
  it.each([
    ['email[2].key', { type: 'email', row: 2 }],
    ['standards.paid_ads.3.target', { type: 'paid_ads', row: 3 }],
    ['standards.social', { type: 'social', row: null }],
    ['standards', null],
  ])('%s', (field, where) => {
    expect(standardsProblemRow(field)).toEqual(where);
  });
});
