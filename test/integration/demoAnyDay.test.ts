import { afterEach, expect, it } from 'vitest';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// The sample agency is written relative to today, with plans in working days: whatever the
// weekday and hour it is made, every part of it must fit (a demo lead once came in before its
// campaign existed when made on a Monday morning, and the demo failed to load).

let opened: TestBackend | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

it.each([
  '2026-03-02T09:00:00.000Z', // Monday morning (the sync tests' clock)
  '2026-03-07T12:00:00.000Z', // Saturday
  '2026-03-08T23:30:00.000Z', // Sunday night, Monday already in Berlin
  '2026-11-27T05:00:00.000Z', // a Friday before dawn
])(
  'loads whole when made at %s',
  async (at) => {
    const t = (opened = openBackend({ now: () => Date.parse(at) }));
    const view = await t.backend.client.workspace.loadDemo();
    expect(view.workspace.name).toContain('sample agency');
    const leads = await t.backend.client.leads.list({ limit: 500 });
    expect(leads.total).toBeGreaterThanOrEqual(39);
    expect(new Set(leads.leads.map((l) => l.status)).size).toBe(9);
  },
  60_000,
);
