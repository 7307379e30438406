import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import type { CoordinationRuleSetting } from '../../shared/model';
import { toBatonError } from '../../renderer/api/errors';
import { makeTempDir } from '../harness/tempDir';

// Editable coordination rules on a real SQLite file: calendar.list warns by the workspace's
// rules (thresholds changed, rules switched off), bad rules are refused naming the field, and
// null puts the built-in rules back. June 2027: only this test's items are in the range.

let t: ReturnType<typeof makeTempDir>;
let backend: Backend;
const api = () => backend.client;
const JUNE = { from: '2027-06-01', to: '2027-06-30' };

beforeAll(async () => {
  t = makeTempDir('baton-calendar-rules-');
  backend = startBackend({ dataDir: t.dir });
  await api().workspace.loadDemo();
}, 60_000);

afterAll(() => {
  backend?.close();
  t?.cleanup();
});

const ruleIds = async () => (await api().calendar.list(JUNE)).warnings.map((w) => w.ruleId);

it('the warnings follow the rules the workspace sets', async () => {
  const campaign = (await api().campaigns.list())[0]!;
  const email = await api().calendar.create({
    campaignId: campaign.id,
    channel: 'email',
    title: 'June email',
    date: '2027-06-15',
    time: '09:00',
  });
  await api().calendar.create({
    campaignId: campaign.id,
    channel: 'social',
    title: 'June teaser',
    date: '2027-06-13',
    time: '09:00',
    sourceItemId: email.item.id,
  });
  // Two days ahead satisfies the built-in one day.
  const initial = await api().calendar.rules();
  expect(initial.isDefault).toBe(true);
  expect(initial.rules.map((r) => [r.id, r.enabled])).toEqual([
    ['teaser-before-email', true],
    ['segment-once-per-day', true],
    ['client-email-social-gap', true],
  ]);
  expect(await ruleIds()).toEqual([]);

  // Three days ahead asked: the pair now warns, naming the new threshold.
  const rules: CoordinationRuleSetting[] = initial.rules.map((r) =>
    r.kind === 'teaserBeforeEmail' ? { ...r, minDays: 3 } : r,
  );
  const saved = await api().calendar.setRules({ rules });
  expect(saved.isDefault).toBe(false);
  const view = await api().calendar.list(JUNE);
  expect(view.warnings.map((w) => w.message)).toEqual([
    expect.stringContaining('is less than 3 days before'),
  ]);

  // Switched off: no warning, the rule still listed.
  await api().calendar.setRules({
    rules: rules.map((r) => (r.kind === 'teaserBeforeEmail' ? { ...r, enabled: false } : r)),
  });
  expect(await ruleIds()).toEqual([]);
  expect((await api().calendar.rules()).rules[0]).toMatchObject({ enabled: false, minDays: 3 });

  // Back to the built-in rules.
  const reset = await api().calendar.setRules({ rules: null });
  expect(reset.isDefault).toBe(true);
  expect(reset.rules[0]).toMatchObject({ enabled: true, minDays: 1 });
  expect(await ruleIds()).toEqual([]);
});

it('bad rules are refused naming the rule and the field, and nothing changes', async () => {
  const { rules } = await api().calendar.rules();
  const bad = rules.map((r) => (r.kind === 'clientEmailSocialGap' ? { ...r, minHours: 500 } : r));
  const error = await api()
    .calendar.setRules({ rules: bad })
    .then(
      () => null,
      (e: unknown) => toBatonError(e),
    );
  expect(error?.code).toBe('RULE_VIOLATION');
  expect(error?.issues).toEqual([
    {
      field: 'rules.2.minHours',
      problem:
        "Rule 3 ('Email and social apart for a client'): minHours must be between 0 and 168 hours, not 500",
    },
  ]);
  const dup = rules.map((r, i) => (i === 1 ? { ...r, id: rules[0]!.id } : r));
  const dupError = await api()
    .calendar.setRules({ rules: dup })
    .then(
      () => null,
      (e: unknown) => toBatonError(e),
    );
  expect(dupError?.issues?.[0]?.field).toBe('rules.1.id');
  expect((await api().calendar.rules()).isDefault).toBe(true);
});
