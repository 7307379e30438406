import { afterEach, expect, it } from 'vitest';
import type { TemplateDetail, TemplateSaveInput } from '../../shared/model';
import {
  demoPair,
  exchange,
  expectPairConverged,
  syncTeam,
  type SyncDevice,
} from '../harness/syncDevices';

// Template versions travel through the shared folder like any row. Two laptops saving the same
// template offline keep both versions; both then pick the same newest one for new handoffs, and
// a handoff keeps the version it started with on every laptop.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

const SLOT = { from: 'strategy', to: 'creative', campaignType: 'email' } as const;

function withField(detail: TemplateDetail, key: string, label: string): TemplateSaveInput {
  const t = detail.template;
  return {
    ...SLOT,
    expectedVersion: t.version,
    name: t.name,
    fields: [...t.fields, { key, label, type: 'text', required: true, help: 'Added offline.' }],
    checklist: t.checklist,
    defaultRaci: t.defaultRaci,
    durationDays: t.durationDays,
    bufferDays: t.bufferDays,
  };
}

async function newEmailHandoff(d: SyncDevice, name: string) {
  const clientId = (await d.client.clients.list())[0]!.id;
  const c = await d.client.campaigns.create({ name, clientId, type: 'email' });
  return (await d.client.campaigns.get({ id: c.id })).handoffs[0]!;
}

const missing = async (d: SyncDevice, handoffId: string) =>
  (await d.client.handoffs.get({ id: handoffId })).gate.missing.map((m) => m.label);

it('two offline saves of one template both arrive; every laptop picks the same newest', async () => {
  team = syncTeam();
  const { a, b } = await demoPair(team);

  await a.client.templates.save(
    withField(await a.client.templates.get(SLOT), 'legal', 'Legal sign-off'),
  );
  const onA = await newEmailHandoff(a, 'Started on A');
  b.advance(60_000);
  await b.client.templates.save(
    withField(await b.client.templates.get(SLOT), 'budget', 'Budget code'),
  );
  const onB = await newEmailHandoff(b, 'Started on B');

  exchange(a, b);
  await expectPairConverged(a, b);

  // Both versions are kept; the later save is the newest on both laptops.
  const [fromA, fromB] = [await a.client.templates.get(SLOT), await b.client.templates.get(SLOT)];
  expect(fromA).toEqual(fromB);
  expect(fromA.history.map((v) => [v.version, v.builtin])).toEqual([
    [2, false],
    [2, false],
    [1, true],
  ]);
  expect(fromA.template.fields.at(-1)!.label).toBe('Budget code');

  // Each handoff keeps the version it started with, whichever laptop reads it.
  for (const d of [a, b]) {
    expect(await missing(d, onA.handoff.id)).toContain('Legal sign-off');
    expect(await missing(d, onA.handoff.id)).not.toContain('Budget code');
    expect(await missing(d, onB.handoff.id)).toContain('Budget code');
  }
  // New handoffs on either laptop get the newest.
  const next = await newEmailHandoff(a, 'After the sync');
  expect(next.handoff.templateId).toBe(fromA.template.id);
});
