import { describe, expect, it } from 'vitest';
import { scoreLead, type ScorableLead } from '../../../shared/domain/leads';
import type { LeadScoring } from '../../../shared/model';

const NOW = '2026-03-20T12:00:00.000Z';
const daysAgo = (d: number): string => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();

const lead: ScorableLead = {
  jobTitle: 'Head of Growth',
  company: 'Acme GmbH',
  email: 'ana@acme.example',
  sourceChannel: 'Webinar',
  interests: ['pricing', 'API'],
  notes: '',
};

const rules: LeadScoring = {
  fitRules: [
    { field: 'jobTitle', op: 'contains', values: ['Head'], points: 15 },
    { field: 'sourceChannel', op: 'equals', values: ['webinar'], points: 5 },
    { field: 'interests', op: 'in', values: ['api', 'sdk'], points: 7 },
    { field: 'company', op: 'contains', values: ['Inc'], points: 50 },
    { field: 'email', op: 'contains', values: ['gmail'], points: -10 },
  ],
  touchPoints: { webinar: 10, 'email-open': 1 },
  halfLifeDays: 10,
  salesReadyThreshold: 30,
};

describe('scoreLead', () => {
  const cases: {
    name: string;
    touches: { kind: 'webinar' | 'email-open' | 'call'; at: string }[];
    scoring: LeadScoring;
    score: number;
    ready: boolean;
    lines: string[];
  }[] = [
    {
      name: 'fit rules only: contains, equals ignoring case, in list; unmatched rules add nothing',
      touches: [],
      scoring: rules,
      score: 27,
      ready: false,
      lines: [
        "+15 job title contains 'Head'",
        "+5 source channel equals 'webinar'",
        "+7 interests is one of 'api', 'sdk'",
      ],
    },
    {
      name: 'a fresh touch counts in full',
      touches: [{ kind: 'webinar', at: NOW }],
      scoring: rules,
      score: 37,
      ready: true,
      lines: ['+10 webinar today'],
    },
    {
      name: 'one half-life halves a touch and says it decayed',
      touches: [{ kind: 'webinar', at: daysAgo(10) }],
      scoring: rules,
      score: 32,
      ready: true,
      lines: ['+5 webinar 10 days ago (decayed from 10)'],
    },
    {
      name: 'no half-life: old touches keep their points',
      touches: [{ kind: 'webinar', at: daysAgo(365) }],
      scoring: { ...rules, halfLifeDays: null },
      score: 37,
      ready: true,
      lines: ['+10 webinar 365 days ago'],
    },
    {
      name: 'a touch faded to nothing still shows, worth 0; kinds without points are left out',
      touches: [
        { kind: 'email-open', at: daysAgo(40) },
        { kind: 'call', at: NOW },
      ],
      scoring: rules,
      score: 27,
      ready: false,
      lines: ['+0 email-open 40 days ago (faded from 1)'],
    },
    {
      name: 'negative fit points subtract',
      touches: [],
      scoring: {
        ...rules,
        fitRules: [{ field: 'email', op: 'contains', values: ['acme'], points: -10 }],
      },
      score: -10,
      ready: false,
      lines: ["-10 email contains 'acme'"],
    },
  ];
  it.each(cases)('$name', ({ touches, scoring, score, ready, lines }) => {
    const result = scoreLead(lead, touches, scoring, NOW);
    expect(result.score).toBe(score);
    expect(result.salesReady).toBe(ready);
    expect(result.threshold).toBe(scoring.salesReadyThreshold);
    for (const line of lines) expect(result.lines.map((l) => l.text)).toContain(line);
    expect(result.lines.reduce((s, l) => s + l.points, 0)).toBe(score);
  });

  it('reaches the threshold exactly: sales-ready at equal score', () => {
    const r = scoreLead(lead, [], { ...rules, salesReadyThreshold: 27 }, NOW);
    expect(r.salesReady).toBe(true);
  });
});
