import { describe, expect, it } from 'vitest';
import {
  checkContingencyPlans,
  checkMonitoringOwners,
  checkTrackingEvents,
  type ContingencyPlanInput,
  type MonitoringOwnerInput,
  type TrackingEventInput,
} from '../../../../shared/domain/launch/trackingChecks';

const tested = (name: string, platform: string): TrackingEventInput => ({
  name,
  platform,
  testedBy: 'ana',
  testedAt: '2026-03-13T15:00:00Z',
});

const messages = (issues: { message: string }[]) => issues.map((i) => i.message);

describe('checkTrackingEvents', () => {
  it.each<{ name: string; events: TrackingEventInput[]; untested: number[]; issues: string[] }>([
    {
      name: 'all tested',
      events: [tested('Purchase', 'Meta'), tested('Lead', 'Google Ads')],
      untested: [],
      issues: [],
    },
    { name: 'nothing listed', events: [], untested: [], issues: [] },
    {
      name: 'untested events named with their platform',
      events: [
        { name: 'Purchase', platform: 'Meta' },
        tested('Lead', 'Google Ads'),
        { name: 'Sign-up', platform: 'LinkedIn', testedBy: ' ', testedAt: null },
      ],
      untested: [0, 2],
      issues: [
        'Row 1: Purchase (Meta) is not tested yet',
        'Row 3: Sign-up (LinkedIn) is not tested yet',
      ],
    },
    {
      name: 'a tick without who or without when',
      events: [
        { ...tested('Purchase', 'Meta'), testedBy: null },
        { ...tested('Lead', 'Meta'), testedAt: '' },
      ],
      untested: [],
      issues: [
        'Row 1: tested by is missing: who tested it?',
        'Row 2: tested at is missing: when was it tested?',
      ],
    },
    {
      name: 'a test time that is not an instant',
      events: [{ ...tested('Purchase', 'Meta'), testedAt: 'yesterday' }],
      untested: [],
      issues: ['Row 1: tested at must be an ISO date-time, not "yesterday"'],
    },
    {
      name: 'missing name and platform',
      events: [{ testedBy: 'ana', testedAt: '2026-03-13T15:00:00Z' }, {}],
      untested: [1],
      issues: [
        'Row 1: name is required',
        'Row 1: platform is required',
        'Row 2: name is required',
        'Row 2: platform is required',
        'Row 2: event is not tested yet',
      ],
    },
    {
      name: 'the same event twice on one platform (any case)',
      events: [tested('Purchase', 'Meta'), tested('Lead', 'Meta'), tested(' purchase', 'META')],
      untested: [],
      issues: ['Row 3: name is listed again on the same platform (also row 1)'],
    },
    {
      name: 'the same event on two platforms is not a duplicate',
      events: [tested('Purchase', 'Meta'), tested('Purchase', 'Google Ads')],
      untested: [],
      issues: [],
    },
  ])('$name', ({ events, untested, issues }) => {
    const result = checkTrackingEvents(events);
    expect(result.untested).toEqual(untested);
    expect(messages(result.issues)).toEqual(issues);
  });

  it('blocks on untested events and only warns on duplicates', () => {
    const result = checkTrackingEvents([
      { name: 'Purchase', platform: 'Meta' },
      tested('Lead', 'Meta'),
      tested('Lead', 'Meta'),
    ]);
    expect(result.issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [0, 'testedBy', 'error'],
      [2, 'name', 'warning'],
    ]);
  });
});

describe('checkContingencyPlans', () => {
  it.each<{ name: string; plans: ContingencyPlanInput[]; issues: string[] }>([
    {
      name: 'complete',
      plans: [{ if: 'Landing page down', then: 'Pause ads, switch to backup URL', ownerId: 'ben' }],
      issues: [],
    },
    { name: 'none', plans: [], issues: [] },
    {
      name: 'each missing part named',
      plans: [
        { if: 'CTR below 0.5% after 24 h', then: '', ownerId: 'ben' },
        { if: ' ', then: 'Swap creative', ownerId: null },
        {},
      ],
      issues: [
        'Row 1: then is empty: what do we do then?',
        'Row 2: if is empty: what breaks or underperforms?',
        'Row 2: owner is not named',
        'Row 3: if is empty: what breaks or underperforms?',
        'Row 3: then is empty: what do we do then?',
        'Row 3: owner is not named',
      ],
    },
  ])('$name', ({ plans, issues }) => {
    expect(messages(checkContingencyPlans(plans))).toEqual(issues);
  });

  it('marks the cell by its key', () => {
    expect(checkContingencyPlans([{ if: 'x', then: 'y' }])[0]).toMatchObject({
      row: 0,
      field: 'ownerId',
      severity: 'error',
    });
  });
});

describe('checkMonitoringOwners', () => {
  const owner = (over: MonitoringOwnerInput = {}): MonitoringOwnerInput => ({
    metric: 'CTR',
    personId: 'ana',
    windowHours: 48,
    threshold: 'below 0.8%',
    ...over,
  });

  it.each<{ name: string; owner: MonitoringOwnerInput; issues: [string, string, string][] }>([
    { name: '48 h', owner: owner(), issues: [] },
    { name: '24 h', owner: owner({ windowHours: 24 }), issues: [] },
    { name: 'a numeric threshold', owner: owner({ threshold: 0 }), issues: [] },
    {
      name: '12 h is allowed but unusual',
      owner: owner({ windowHours: 12 }),
      issues: [
        [
          'windowHours',
          'warning',
          'Row 1: window is 12 h; the first 24–48 h after launch is typical',
        ],
      ],
    },
    {
      name: 'a week is allowed but unusual',
      owner: owner({ windowHours: 168 }),
      issues: [
        [
          'windowHours',
          'warning',
          'Row 1: window is 168 h; the first 24–48 h after launch is typical',
        ],
      ],
    },
    {
      name: '1 h is the shortest allowed',
      owner: owner({ windowHours: 1 }),
      issues: [
        [
          'windowHours',
          'warning',
          'Row 1: window is 1 h; the first 24–48 h after launch is typical',
        ],
      ],
    },
    {
      name: 'more than a week',
      owner: owner({ windowHours: 169 }),
      issues: [
        ['windowHours', 'error', 'Row 1: window must be whole hours from 1 to 168, not 169'],
      ],
    },
    {
      name: 'zero hours',
      owner: owner({ windowHours: 0 }),
      issues: [['windowHours', 'error', 'Row 1: window must be whole hours from 1 to 168, not 0']],
    },
    {
      name: 'part of an hour',
      owner: owner({ windowHours: 36.5 }),
      issues: [
        ['windowHours', 'error', 'Row 1: window must be whole hours from 1 to 168, not 36.5'],
      ],
    },
    {
      name: 'not a number',
      owner: owner({ windowHours: Number.NaN }),
      issues: [
        ['windowHours', 'error', 'Row 1: window must be whole hours from 1 to 168, not NaN'],
      ],
    },
    {
      name: 'every part missing',
      owner: { metric: '', personId: null, windowHours: null, threshold: ' ' },
      issues: [
        ['metric', 'error', 'Row 1: metric is required'],
        ['personId', 'error', 'Row 1: person is not named'],
        ['windowHours', 'error', 'Row 1: window is required'],
        ['threshold', 'error', 'Row 1: threshold is required: at what value do we act?'],
      ],
    },
    {
      name: 'an infinite threshold',
      owner: owner({ threshold: Number.POSITIVE_INFINITY }),
      issues: [['threshold', 'error', 'Row 1: threshold is required: at what value do we act?']],
    },
  ])('$name', ({ owner: input, issues }) => {
    expect(checkMonitoringOwners([input]).map((i) => [i.field, i.severity, i.message])).toEqual(
      issues,
    );
  });

  it('counts rows', () => {
    expect(checkMonitoringOwners([owner(), owner({ metric: null })]).map((i) => i.row)).toEqual([
      1,
    ]);
  });
});
