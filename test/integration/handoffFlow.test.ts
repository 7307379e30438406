import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import type { BatonDatabase } from '../../electron/db/batonDatabase';
import { toBatonError, type BatonError } from '../../renderer/api/errors';
import { addDays, businessDaysBetween, isWeekend } from '../../shared/domain';
import type { FieldValue, HandoffDetail, Person, Stage } from '../../shared/model';
import { failureOf } from '../harness/apiBindings';
import { changeLogProblems } from '../harness/changeLog';
import { makeTempDir } from '../harness/tempDir';

// The handoff status flow and card moves through the real backend: oRPC procedures with their
// schemas, the services, SQLite in a temp folder. Today is Wednesday 2026-06-10 (UTC) on a
// clock that only moves forwards, so due dates and slack are exact.

const TODAY = '2026-06-10';
const LAUNCH = '2026-09-15'; // a Tuesday

let backend: Backend;
let db: BatonDatabase;
let cleanup: () => void;

beforeEach(() => {
  const t = makeTempDir('baton-flow-');
  let clock = Date.parse(`${TODAY}T09:00:00.000Z`);
  backend = startBackend({ dataDir: t.dir, now: () => (clock += 5) });
  db = backend.context.db;
  cleanup = () => {
    backend.close();
    t.cleanup();
  };
});
afterEach(() => cleanup());

const api = () => backend.client;

interface Team {
  sam: Person; // Strategist: R of Strategy → Creative
  maya: Person; // Account Director: A and quality owner of Strategy → Creative
  cody: Person; // Creative Director: A of Creative → Production
  dana: Person; // Designer: R of Creative → Production, so the receiver of the brief
  ari: Person; // Analyst: C
  pat: Person; // Producer: I, and R of Production → Launch
  stages: Record<'strategy' | 'creative' | 'production' | 'launch' | 'live', Stage>;
  clientId: string;
  campaignId: string;
}

async function createTeam(launchDate: string | null = LAUNCH): Promise<Team> {
  const ws = await api().workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Sam Reyes', email: 'sam@northwind.example', roleTitle: 'Strategist' },
  });
  const person = (name: string, roleTitle: string) => api().people.create({ name, roleTitle });
  const maya = await person('Maya Okafor', 'Account Director');
  const cody = await person('Cody Brandt', 'Creative Director');
  const dana = await person('Dana Lee', 'Designer');
  const ari = await person('Ari Patel', 'Analyst');
  const pat = await person('Pat Kim', 'Producer');
  const client = await api().clients.create({
    name: 'Acme Coffee',
    brand: {
      voice: 'Warm and plain-spoken',
      dos: ['Show the farmers'],
      donts: ['No price talk'],
      logoRules: '',
      colourRules: '',
      legalLines: '',
    },
  });
  const campaign = await api().campaigns.create({
    name: 'Spring range',
    clientId: client.id,
    type: 'email',
    channels: ['email'],
    launchDate,
  });
  // The default board's stage names (the API's stages carry no keys).
  const byKey = (key: string) =>
    ws.stages.find((s) => s.name.toLowerCase() === key) ?? fail(`no ${key} stage`);
  return {
    sam: ws.me!,
    maya,
    cody,
    dana,
    ari,
    pat,
    stages: {
      strategy: byKey('strategy'),
      creative: byKey('creative'),
      production: byKey('production'),
      launch: byKey('launch'),
      live: byKey('live'),
    },
    clientId: client.id,
    campaignId: campaign.id,
  };
}

const BRIEF: Record<string, FieldValue> = {
  objective: 'Sell 8,000 bags of the spring range in six weeks.',
  context: 'Last spring reached 80% of target because creative started late.',
  constraints: 'Fixed media budget. Legal lines on every asset.',
  success: 'Creative can start without a kick-off call.',
  strategySummary:
    'Taste where your coffee comes from, e.g. the farm. Reach U.S. home brewers. One action per asset.',
  audience: [
    { aspect: 'Demographics', insight: 'Home brewers 25–45' },
    { aspect: 'Pain points', insight: 'Supermarket coffee tastes flat' },
  ],
  primaryMessage: 'Taste where your coffee comes from.',
  supportingPoints: ['Named farmers', 'Limited run'],
  avoid: ['Discount language'],
  successMetrics: [{ metric: 'Bags sold', target: '8,000', byWhen: 'Six weeks after launch' }],
  competitors: [{ competitor: 'BeanCo', whatTheyDo: 'Discounts', howWeDiffer: 'Provenance' }],
};

function fail(message: string): never {
  throw new Error(message);
}

const as = (p: Person) => api().workspace.setMe({ personId: p.id });
const handoffOf = async (team: Team, fromKey: keyof Team['stages']) => {
  const detail = await api().campaigns.get({ id: team.campaignId });
  const h = detail.handoffs.find((x) => x.handoff.fromStageId === team.stages[fromKey].id);
  if (!h) throw new Error(`no handoff leaves ${fromKey}`);
  return h;
};
const lastEvent = (h: HandoffDetail) => h.events[h.events.length - 1]!;

/** Every row of every table: a refused call must leave all of it exactly as it was. */
function snapshot(): Record<string, unknown[]> {
  // Ordinary tables only: the playbook's full-text index and its shadow tables follow
  // playbook_entries by trigger (and some have no rowid to order by).
  const tables = db.sqlite
    .prepare(
      `SELECT name FROM pragma_table_list
        WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.sort().map((t) => [t, db.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
  );
}
const changeCount = () => db.sqlite.prepare('SELECT count(*) FROM changes').pluck().get() as number;

/** Runs a call that must be refused with `code`, and checks that nothing at all was written. */
async function refused(code: string, call: () => Promise<unknown>): Promise<BatonError> {
  const count = changeCount();
  const before = snapshot();
  const err = await failureOf(call());
  expect(err).toMatchObject({ code });
  expect(changeCount()).toBe(count);
  expect(snapshot()).toEqual(before);
  return toBatonError(err);
}

/** The change log covers every row, and `baton check` agrees. */
async function expectLogIntact(): Promise<void> {
  expect(changeLogProblems(db)).toEqual([]);
  expect(await api().system.check()).toEqual({ ok: true, problems: [] });
}

/** Fills the brief and ticks its checklist as the Strategist. */
async function fillBrief(team: Team, h: HandoffDetail): Promise<HandoffDetail> {
  await as(team.sam);
  for (const [key, value] of Object.entries(BRIEF)) {
    await api().handoffs.setField({ handoffId: h.handoff.id, key, value });
  }
  let detail = h;
  for (const item of h.checklist) {
    detail = await api().handoffs.setChecklistItem({ id: item.id, done: true });
  }
  return detail;
}

/** The quick way to Creative: fill, submit, approve, acknowledge, move. */
async function throughToCreative(team: Team): Promise<void> {
  const h = await fillBrief(team, await handoffOf(team, 'strategy'));
  await api().handoffs.submit({ id: h.handoff.id });
  await as(team.maya);
  const { packageHash } = await api().handoffs.get({ id: h.handoff.id });
  await api().handoffs.approve({ id: h.handoff.id, packageHash });
  await as(team.dana);
  await api().handoffs.acknowledge({ id: h.handoff.id });
  await api().campaigns.move({ id: team.campaignId, toStageId: team.stages.creative.id });
}

describe('the handoff status flow', () => {
  it('draft → submitted → approved → (edited, re-approved) → acknowledged → done, refusing every illegal step', async () => {
    const team = await createTeam();
    let h = await handoffOf(team, 'strategy');

    // A new handoff: a draft with the template's checklist, default RACI and a planned due date.
    expect(h.handoff.status).toBe('draft');
    expect(h.fromStageName).toBe('Strategy');
    expect(h.toStageName).toBe('Creative');
    expect(h.handoff.dueDate).toBe('2026-08-13');
    expect(h.raci).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: team.sam.id, role: 'R' }),
        expect.objectContaining({ personId: team.maya.id, role: 'A' }),
        expect.objectContaining({ personId: team.ari.id, role: 'C' }),
        expect.objectContaining({ personId: team.pat.id, role: 'I' }),
      ]),
    );
    expect(h.handoff.qualityOwnerId).toBe(team.maya.id);
    // The receiver is the Responsible of the next stage by its default RACI: the Designer.
    expect(h.receiverIds).toEqual([team.dana.id]);
    expect(h.fields.brand).toContain('Warm and plain-spoken');
    expect(h.gate).toMatchObject({ passed: false, state: 'missing' });
    expect(h.gate.missing.map((m) => m.label)).toEqual([
      'Objective',
      'Context',
      'Constraints',
      'What success looks like',
      'Strategy summary',
      'Audience insights',
      'Primary message',
      'Supporting points',
      'Success metrics',
      'Brand guidelines reviewed for this brief',
      'Success metrics agreed with the client',
    ]);

    // Submitting an incomplete package is refused, naming what is missing.
    const incomplete = await refused('RULE_VIOLATION', () =>
      api().handoffs.submit({ id: h.handoff.id }),
    );
    expect(incomplete.issues).toEqual([
      { field: 'package', problem: expect.stringContaining('Objective is missing') },
    ]);

    // Fill the brief, tick the checklist, set the RACI and the quality owner.
    h = await fillBrief(team, h);
    expect(h.gate.missing).toEqual([]);
    h = await api().handoffs.setRaci({
      handoffId: h.handoff.id,
      assignments: [
        { personId: team.sam.id, role: 'R' },
        { personId: team.maya.id, role: 'A' },
        { personId: team.ari.id, role: 'C' },
        { personId: team.cody.id, role: 'I' },
      ],
    });
    expect(h.raci.map((r) => `${r.role}:${r.personId}`).sort()).toEqual(
      [`R:${team.sam.id}`, `A:${team.maya.id}`, `C:${team.ari.id}`, `I:${team.cody.id}`].sort(),
    );
    h = await api().handoffs.setQualityOwner({ handoffId: h.handoff.id, personId: null });
    expect(h.gate.missing.map((m) => m.label)).toEqual(['Quality owner']);
    h = await api().handoffs.setQualityOwner({ handoffId: h.handoff.id, personId: team.maya.id });
    expect(h.gate).toMatchObject({ state: 'awaiting_approval', label: 'awaiting approval' });

    // Only the Responsible or Accountable person submits.
    await as(team.dana);
    const notR = await refused('RULE_VIOLATION', () => api().handoffs.submit({ id: h.handoff.id }));
    expect(notR.issues.map((i) => i.field)).toEqual(['actor']);
    await as(team.sam);
    h = await api().handoffs.submit({ id: h.handoff.id });
    expect(h.handoff.status).toBe('submitted');
    expect(lastEvent(h)).toMatchObject({
      kind: 'submitted',
      actorId: team.sam.id,
      deviceId: db.deviceId,
    });

    // Approve by someone other than the quality owner: refused, nothing written.
    await as(team.cody);
    const notOwner = await refused('RULE_VIOLATION', () =>
      api().handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash }),
    );
    expect(notOwner.issues).toEqual([
      { field: 'actor', problem: 'must be the quality owner to approve' },
    ]);

    // Acknowledge before approval, even by the receiver: refused, nothing written.
    await as(team.dana);
    const early = await refused('RULE_VIOLATION', () =>
      api().handoffs.acknowledge({ id: h.handoff.id }),
    );
    expect(early.issues.map((i) => i.field)).toEqual(['status']);

    // The quality owner approving a package they did not see (stale hash): refused.
    await as(team.maya);
    const stale = await refused('RULE_VIOLATION', () =>
      api().handoffs.approve({ id: h.handoff.id, packageHash: '0123456789abcdef' }),
    );
    expect(stale.issues.map((i) => i.field)).toEqual(['packageHash']);

    // Approve with the current hash.
    const approvedHash = h.packageHash;
    h = await api().handoffs.approve({ id: h.handoff.id, packageHash: approvedHash });
    expect(h.handoff.status).toBe('approved');
    expect(h.approvedHash).toBe(approvedHash);
    expect(lastEvent(h)).toMatchObject({
      kind: 'approved',
      actorId: team.maya.id,
      packageHash: approvedHash,
    });
    expect(h.gate).toMatchObject({
      state: 'awaiting_receiver',
      label: 'awaiting receiver',
      waitingOn: [{ personId: team.dana.id, because: 'receiver' }],
    });

    // Editing the approved package: back to "submitted", a reopened event, re-approval needed.
    await as(team.sam);
    await api().handoffs.setField({
      handoffId: h.handoff.id,
      key: 'primaryMessage',
      value: 'Taste the farm in every cup.',
    });
    h = await api().handoffs.get({ id: h.handoff.id });
    expect(h.handoff.status).toBe('submitted');
    expect(lastEvent(h)).toMatchObject({
      kind: 'reopened',
      actorId: team.sam.id,
      reason: 'Changed since approval: needs re-approval',
    });
    expect(h.packageHash).not.toBe(approvedHash);
    expect(h.approvedHash).toBe(approvedHash);
    expect(h.gate).toMatchObject({ passed: false, state: 'awaiting_approval' });
    expect(['awaiting approval', 'changed since approval']).toContain(h.gate.label);
    expect(h.gate.waitingOn).toEqual([{ personId: team.maya.id, because: 'quality_owner' }]);

    // The receiver cannot confirm a package that is no longer approved.
    await as(team.dana);
    await refused('RULE_VIOLATION', () => api().handoffs.acknowledge({ id: h.handoff.id }));
    // The old approval's hash no longer approves anything.
    await as(team.maya);
    await refused('RULE_VIOLATION', () =>
      api().handoffs.approve({ id: h.handoff.id, packageHash: approvedHash }),
    );
    h = await api().handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash });
    expect(h.handoff.status).toBe('approved');
    expect(h.approvedHash).toBe(h.packageHash);

    // Only the receiver confirms: the Creative Director (A of the next stage, not its R) cannot.
    await as(team.cody);
    const notReceiver = await refused('RULE_VIOLATION', () =>
      api().handoffs.acknowledge({ id: h.handoff.id }),
    );
    expect(notReceiver.issues).toEqual([
      { field: 'actor', problem: 'must be the receiver of this handoff' },
    ]);
    await as(team.dana);
    h = await api().handoffs.acknowledge({ id: h.handoff.id });
    expect(h.handoff.status).toBe('acknowledged');
    expect(h.gate).toMatchObject({
      passed: true,
      state: 'ready',
      label: 'ready',
      overridden: false,
    });
    expect(h.events.map((e) => e.kind)).toEqual([
      'submitted',
      'approved',
      'reopened',
      'approved',
      'acknowledged',
    ]);

    // The card moves: Strategy → Creative is done and Creative → Production opens.
    const card = await api().campaigns.move({
      id: team.campaignId,
      toStageId: team.stages.creative.id,
    });
    expect(card).toMatchObject({ stageName: 'Creative', stageId: team.stages.creative.id });
    const done = await handoffOf(team, 'strategy');
    expect(done.handoff.status).toBe('done');
    expect(lastEvent(done)).toMatchObject({ kind: 'done', actorId: team.dana.id });
    const next = await handoffOf(team, 'creative');
    expect(next.handoff.status).toBe('draft');
    expect(next.toStageName).toBe('Production');
    // The email campaign's Creative → Production package, with the email production checklist.
    expect(next.handoff.templateId).toBe('builtin.creative-production.email');
    expect(next.checklist.map((c) => [c.label, c.done])).toEqual([
      ['Source files named by the naming convention', false],
      ['Copy variations labelled', false],
      ['Subject line and preheader written', false],
      ['Plain-text version written', false],
      ['Layout designed for 600 px width, images at 2× with alt text', false],
      ['Personalisation fields named, with fallbacks', false],
    ]);
    expect(next.raci.map((r) => `${r.role}:${r.personId}`).sort()).toEqual(
      [`R:${team.dana.id}`, `A:${team.cody.id}`, `I:${team.pat.id}`].sort(),
    );
    expect(next.handoff.qualityOwnerId).toBe(team.cody.id);
    expect(next.handoff.dueDate).toBe('2026-08-31');
    expect(card.currentHandoff).toMatchObject({ id: next.handoff.id, dueDate: '2026-08-31' });
    expect(card.gate).toMatchObject({ passed: false, state: 'missing', label: '12 missing' });

    await expectLogIntact();
  });

  it('an edit that empties an approved package still voids the approval', async () => {
    const team = await createTeam();
    let h = await fillBrief(team, await handoffOf(team, 'strategy'));
    await api().handoffs.submit({ id: h.handoff.id });
    await as(team.maya);
    h = await api().handoffs.get({ id: h.handoff.id });
    h = await api().handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash });

    // Unticking a required checklist item after approval: the package is incomplete again.
    await as(team.sam);
    h = await api().handoffs.setChecklistItem({ id: h.checklist[0]!.id, done: false });
    expect(h.gate).toMatchObject({ state: 'missing', label: '1 missing' });
    expect(h.handoff.status).toBe('submitted');
    expect(lastEvent(h)).toMatchObject({ kind: 'reopened' });
    await as(team.dana);
    await refused('RULE_VIOLATION', () => api().handoffs.acknowledge({ id: h.handoff.id }));

    // Ticked again, the package is the approved one, but the approval was voided: approve again.
    await as(team.sam);
    h = await api().handoffs.setChecklistItem({ id: h.checklist[0]!.id, done: true });
    expect(h.handoff.status).toBe('submitted');
    expect(h.gate.state).toBe('awaiting_approval');
    await as(team.maya);
    h = await api().handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash });
    await as(team.dana);
    h = await api().handoffs.acknowledge({ id: h.handoff.id });
    expect(h.gate.passed).toBe(true);

    await expectLogIntact();
  });

  it('request changes and send back need what must change, and reopen the flow', async () => {
    const team = await createTeam();
    let h = await fillBrief(team, await handoffOf(team, 'strategy'));
    await api().handoffs.submit({ id: h.handoff.id });

    await as(team.maya);
    const noReason = await refused('BAD_REQUEST', () =>
      api().handoffs.requestChanges({ id: h.handoff.id, reason: '   ' }),
    );
    expect(noReason.issues.map((i) => i.field)).toEqual(['reason']);
    h = await api().handoffs.requestChanges({
      id: h.handoff.id,
      reason: 'Name one competitor',
    });
    expect(h.handoff.status).toBe('changes_requested');
    expect(lastEvent(h)).toMatchObject({
      kind: 'changes_requested',
      reason: 'Name one competitor',
    });

    await as(team.sam);
    await api().handoffs.submit({ id: h.handoff.id });
    await as(team.maya);
    h = await api().handoffs.get({ id: h.handoff.id });
    h = await api().handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash });

    await as(team.dana);
    const nothingNamed = await refused('RULE_VIOLATION', () =>
      api().handoffs.sendBack({ id: h.handoff.id, missing: [], reason: '' }),
    );
    expect(nothingNamed.issues.map((i) => i.field)).toEqual(['missing']);
    h = await api().handoffs.sendBack({
      id: h.handoff.id,
      missing: ['Mood board'],
      reason: 'No visual references',
    });
    expect(h.handoff.status).toBe('changes_requested');
    expect(lastEvent(h)).toMatchObject({
      kind: 'sent_back',
      actorId: team.dana.id,
      missing: ['Mood board'],
      reason: 'No visual references',
    });
    expect(h.gate.passed).toBe(false);

    await expectLogIntact();
  });
});

describe('moving cards through the gate', () => {
  it('blocks with what is missing, refuses skips and reasonless moves back, and honours an override', async () => {
    const team = await createTeam();
    await throughToCreative(team);
    const { stages } = team;

    // Forward while Creative → Production is incomplete: refused, listing what is missing.
    await as(team.cody);
    const blocked = await refused('RULE_VIOLATION', () =>
      api().campaigns.move({ id: team.campaignId, toStageId: stages.production.id }),
    );
    expect(blocked.message).toBe('The Creative → Production handoff is not ready: 12 missing');
    expect(blocked.issues.map((i) => i.field)).toEqual([
      'Objective',
      'Context',
      'Constraints',
      'What success looks like',
      'Copy variations',
      'Production timeline',
      'Source files named by the naming convention',
      'Copy variations labelled',
      'Subject line and preheader written',
      'Plain-text version written',
      'Layout designed for 600 px width, images at 2× with alt text',
      'Personalisation fields named, with fallbacks',
    ]);

    // Skipping stages is refused, whatever the gate says.
    for (const to of [stages.launch, stages.live]) {
      const skip = await refused('RULE_VIOLATION', () =>
        api().campaigns.move({ id: team.campaignId, toStageId: to.id }),
      );
      expect(skip.issues.map((i) => i.field)).toEqual(['toStageId']);
    }

    // Moving back needs a reason.
    for (const reason of [undefined, '', '   ']) {
      const back = await refused('RULE_VIOLATION', () =>
        api().campaigns.move({ id: team.campaignId, toStageId: stages.strategy.id, reason }),
      );
      expect(back.issues.map((i) => i.field)).toEqual(['reason']);
    }
    // A stage that is not on the board.
    await refused('RULE_VIOLATION', () =>
      api().campaigns.move({ id: team.campaignId, toStageId: team.clientId }),
    );

    // Back with a reason: in Strategy, and the Strategy → Creative handoff reopened.
    await as(team.maya);
    const back = await api().campaigns.move({
      id: team.campaignId,
      toStageId: stages.strategy.id,
      reason: 'Client changed the audience',
    });
    expect(back.stageName).toBe('Strategy');
    let brief = await handoffOf(team, 'strategy');
    expect(brief.handoff.status).toBe('changes_requested');
    expect(lastEvent(brief)).toMatchObject({ kind: 'reopened', actorId: team.maya.id });
    expect(lastEvent(brief).reason).toContain('Client changed the audience');
    expect(lastEvent(brief).reason).toContain('Creative');
    expect(back.currentHandoff?.id).toBe(brief.handoff.id);
    expect(back.gate?.passed).toBe(false);
    // The later handoff is kept as it was.
    expect((await handoffOf(team, 'creative')).handoff.status).toBe('draft');
    // And the card cannot go forward again until the gate passes.
    await refused('RULE_VIOLATION', () =>
      api().campaigns.move({ id: team.campaignId, toStageId: stages.creative.id }),
    );

    // Override: the reason is required by the schema, and only the Accountable person may.
    const noReason = await refused('BAD_REQUEST', () =>
      api().handoffs.override({ id: brief.handoff.id, reason: '' }),
    );
    expect(noReason.issues.map((i) => i.field)).toEqual(['reason']);
    await as(team.sam);
    const notAccountable = await refused('RULE_VIOLATION', () =>
      api().handoffs.override({ id: brief.handoff.id, reason: 'We are late' }),
    );
    expect(notAccountable.issues).toEqual([
      { field: 'actor', problem: 'must be the Accountable person to override the gate' },
    ]);
    await as(team.maya);
    brief = await api().handoffs.override({
      id: brief.handoff.id,
      reason: 'Audience change agreed on the client call',
    });
    expect(brief.gate).toMatchObject({ passed: true, overridden: true, label: 'overridden' });
    expect(lastEvent(brief)).toMatchObject({
      kind: 'override',
      actorId: team.maya.id,
      reason: 'Audience change agreed on the client call',
    });
    const forward = await api().campaigns.move({
      id: team.campaignId,
      toStageId: stages.creative.id,
    });
    expect(forward.stageName).toBe('Creative');
    expect((await handoffOf(team, 'strategy')).handoff.status).toBe('done');
    // The Creative → Production handoff was not opened a second time.
    const detail = await api().campaigns.get({ id: team.campaignId });
    expect(
      detail.handoffs.filter((h) => h.handoff.fromStageId === stages.creative.id),
    ).toHaveLength(1);

    // The Creative Director overrides Creative → Production; the card moves to Production and
    // Production → Launch opens with its own default RACI.
    const creative = await handoffOf(team, 'creative');
    await as(team.cody);
    await api().handoffs.override({ id: creative.handoff.id, reason: 'Assets reused from 2025' });
    const production = await api().campaigns.move({
      id: team.campaignId,
      toStageId: stages.production.id,
    });
    expect(production.stageName).toBe('Production');
    const launch = await handoffOf(team, 'production');
    expect(launch.raci.map((r) => `${r.role}:${r.personId}`).sort()).toEqual(
      [`R:${team.pat.id}`, `A:${team.maya.id}`, `C:${team.ari.id}`, `I:${team.cody.id}`].sort(),
    );
    expect(launch.checklist.map((c) => c.label)).toEqual([
      'Every asset approved in its final version',
      'Tracking tested end to end',
      'All links checked',
      'Unsubscribe link present',
      'Rendering tested in major clients (Gmail, Outlook, Apple Mail, mobile)',
      'Seed list send received and checked',
      'Audience segment and send time confirmed',
    ]);

    await expectLogIntact();
  });
});

describe('backward planning through the API', () => {
  it('setPlan and a new launch date re-plan open handoffs in working days', async () => {
    const team = await createTeam();
    let detail = await api().campaigns.get({ id: team.campaignId });
    expect(detail.handoffs[0]!.handoff.dueDate).toBe('2026-08-13');
    expect(detail.plan.map((p) => p.dueDate)).toEqual([
      '2026-08-13',
      '2026-08-31',
      '2026-09-11',
      '2026-09-16',
      '2026-10-06',
      '2026-10-26',
      '2026-11-04',
    ]);
    // Slack: 10 working days of Strategy from today end on Wed 06-24; 36 working days to spare
    // before the Strategy → Creative due date, then 2 more for each buffer.
    expect(detail.plan.map((p) => p.slackDays)).toEqual([36, 38, 40, 42, 42, 42, 42]);
    expect(detail.summary.negativeSlack).toBe(false);

    // Creative takes 15 working days and Strategy keeps 4 buffer days: the brief is due
    // 5 + 2 working days earlier.
    detail = await api().campaigns.setPlan({
      id: team.campaignId,
      steps: [
        { fromStageId: team.stages.creative.id, durationDays: 15, bufferDays: 2 },
        { fromStageId: team.stages.strategy.id, durationDays: 10, bufferDays: 4 },
      ],
    });
    const brief = detail.handoffs[0]!.handoff.dueDate!;
    expect(brief).toBe('2026-08-04');
    expect(businessDaysBetween(brief, '2026-08-13')).toBe(7);
    expect(detail.plan.slice(0, 2).map((p) => [p.durationDays, p.bufferDays])).toEqual([
      [10, 4],
      [15, 2],
    ]);
    expect(detail.plan[0]).toMatchObject({ dueDate: '2026-08-04', slackDays: 29 });
    expect(detail.campaign.planOverrides).toEqual({
      [team.stages.creative.id]: { durationDays: 15, bufferDays: 2 },
      [team.stages.strategy.id]: { durationDays: 10, bufferDays: 4 },
    });

    // An unknown stage is refused and nothing is written.
    await refused('RULE_VIOLATION', () =>
      api().campaigns.setPlan({
        id: team.campaignId,
        steps: [{ fromStageId: team.clientId, durationDays: 1, bufferDays: 1 }],
      }),
    );

    // The launch moves a week later: every due date moves a week later.
    const before = detail.plan.map((p) => p.dueDate!);
    await api().campaigns.update({ id: team.campaignId, launchDate: '2026-09-22' });
    detail = await api().campaigns.get({ id: team.campaignId });
    expect(detail.plan.map((p) => p.dueDate)).toEqual(before.map((d) => addDays(d, 7)));
    expect(detail.handoffs[0]!.handoff.dueDate).toBe('2026-08-11');
    expect(detail.plan.every((p) => !isWeekend(p.dueDate!))).toBe(true);

    // Clearing the launch date clears the plan.
    await api().campaigns.update({ id: team.campaignId, launchDate: null });
    detail = await api().campaigns.get({ id: team.campaignId });
    expect(detail.handoffs[0]!.handoff.dueDate).toBeNull();
    expect(detail.plan.every((p) => p.dueDate === null && p.slackDays === null)).toBe(true);

    await expectLogIntact();
  });

  it('re-planning leaves settled handoffs alone and moves the open ones', async () => {
    const team = await createTeam();
    await throughToCreative(team);
    await as(team.maya);
    await api().campaigns.update({ id: team.campaignId, launchDate: '2026-10-13' });
    const detail = await api().campaigns.get({ id: team.campaignId });
    expect(detail.handoffs.map((h) => [h.handoff.status, h.handoff.dueDate])).toEqual([
      ['done', '2026-08-13'],
      ['draft', '2026-09-28'],
    ]);
    // The plan shows the brief as done, without slack.
    expect(detail.plan[0]).toMatchObject({ done: true, slackDays: null });
    expect(detail.plan[1]!.slackDays).toBeGreaterThan(0);

    await expectLogIntact();
  });

  it('flags negative slack on the card when the plan cannot be met', async () => {
    const team = await createTeam();
    const rush = await api().campaigns.create({
      name: 'Rush job',
      clientId: team.clientId,
      type: 'social',
      launchDate: addDays(TODAY, 1),
    });
    const undated = await api().campaigns.create({
      name: 'Someday',
      clientId: team.clientId,
      type: 'content',
    });
    const cards = await api().campaigns.list();
    const flag = (id: string) => cards.find((c) => c.id === id)!.negativeSlack;
    expect(flag(rush.id)).toBe(true);
    expect(flag(team.campaignId)).toBe(false);
    expect(flag(undated.id)).toBe(false);

    const detail = await api().campaigns.get({ id: rush.id });
    expect(detail.summary.negativeSlack).toBe(true);
    expect(detail.plan.map((p) => p.slackDays)).toEqual([-32, -30, -28, -26, -26, -26, -26]);
    // The brief was due a month ago: the card is overdue too.
    expect(detail.handoffs[0]!.handoff.dueDate).toBe('2026-05-11');
    expect(detail.summary.currentHandoff?.overdue).toBe(true);
    expect((await api().campaigns.get({ id: undated.id })).plan.map((p) => p.slackDays)).toEqual(
      Array(7).fill(null),
    );

    // Moving the launch far enough away clears the flag.
    await api().campaigns.update({ id: rush.id, launchDate: '2026-12-15' });
    expect((await api().campaigns.list()).find((c) => c.id === rush.id)!.negativeSlack).toBe(false);

    await expectLogIntact();
  });
});

describe('the campaign activity trail', () => {
  it('reads as sentences with who did it, newest first', async () => {
    const team = await createTeam();
    const h = await fillBrief(team, await handoffOf(team, 'strategy'));
    await api().handoffs.comment({ handoffId: h.handoff.id, body: 'Farm photos are in the drive' });
    await api().handoffs.submit({ id: h.handoff.id });
    await as(team.maya);
    let { packageHash } = await api().handoffs.get({ id: h.handoff.id });
    await api().handoffs.approve({ id: h.handoff.id, packageHash });
    await as(team.sam);
    await api().handoffs.setField({
      handoffId: h.handoff.id,
      key: 'primaryMessage',
      value: 'Taste the farm in every cup.',
    });
    await as(team.maya);
    ({ packageHash } = await api().handoffs.get({ id: h.handoff.id }));
    await api().handoffs.approve({ id: h.handoff.id, packageHash });
    await as(team.dana);
    await api().handoffs.acknowledge({ id: h.handoff.id });
    await as(team.maya);
    await api().campaigns.move({ id: team.campaignId, toStageId: team.stages.creative.id });
    await api().campaigns.update({ id: team.campaignId, launchDate: '2026-09-22' });
    // Other campaigns do not show up in this one's trail.
    await api().campaigns.create({ name: 'Other', clientId: team.clientId, type: 'email' });

    const entries = await api().campaigns.activity({ id: team.campaignId });
    const lines = entries.map((e) => `${e.actorName} ${e.text}`);
    expect(lines.slice(0, 8)).toEqual([
      'Maya Okafor moved the launch date to 2026-09-22',
      'Maya Okafor completed the Strategy → Creative handoff',
      'Dana Lee confirmed they have what they need from the Strategy → Creative handoff',
      'Maya Okafor approved the Strategy → Creative handoff',
      'Sam Reyes reopened the Strategy → Creative handoff: “Changed since approval: needs re-approval”',
      'Maya Okafor approved the Strategy → Creative handoff',
      'Sam Reyes submitted the Strategy → Creative handoff',
      'Sam Reyes commented in the Strategy → Creative handoff: “Farm photos are in the drive”',
    ]);
    expect(lines).toContain(
      'Sam Reyes ticked “Brand guidelines reviewed for this brief” in the Strategy → Creative handoff',
    );
    expect(lines).toContain('Sam Reyes edited Strategy summary in the Strategy → Creative handoff');
    expect(lines[lines.length - 1]).toBe('Sam Reyes created the campaign');
    expect(lines.some((l) => l.includes('Other'))).toBe(false);

    // Newest first, one line per transaction, each with the device it came from.
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.deviceId))).toEqual(new Set([db.deviceId]));
    expect(entries.find((e) => e.text.startsWith('approved'))?.handoffId).toBe(h.handoff.id);

    // The limit keeps the newest lines.
    const two = await api().campaigns.activity({ id: team.campaignId, limit: 2 });
    expect(two.map((e) => e.text)).toEqual(entries.slice(0, 2).map((e) => e.text));

    await expectLogIntact();
  });
});
