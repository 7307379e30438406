import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { toBatonError } from '../../renderer/api/errors';
import { templateForTransition } from '../../shared/domain';
import type { HandoffDetail, TemplateDetail, TemplateSaveInput } from '../../shared/model';
import { failureOf } from '../harness/apiBindings';
import { changeLogProblems, tableCounts } from '../harness/changeLog';
import { makeTempDir } from '../harness/tempDir';

// Workspace templates through the real backend and a real SQLite file: an edit is a new
// version that new handoffs get, while handoffs already open keep the version they started with.

const SLOT = { from: 'strategy', to: 'creative', campaignType: 'email' } as const;
const LEGAL = 'Legal review notes';

let dir: { dir: string; cleanup: () => void };
let backend: Backend;
let clientId: string;

function open(): Backend {
  let clock = Date.parse('2026-06-10T09:00:00.000Z');
  return startBackend({ dataDir: dir.dir, now: () => (clock += 5) });
}

beforeEach(async () => {
  dir = makeTempDir('baton-templates-');
  backend = open();
  await api().workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Maya Okafor', email: 'maya@northwind.example', roleTitle: 'Account Director' },
  });
  await api().people.create({ name: 'Sam Reyes', roleTitle: 'Strategist' });
  clientId = (await api().clients.create({ name: 'Acme Coffee' })).id;
});
afterEach(() => {
  backend.close();
  dir.cleanup();
});

const api = () => backend.client;

async function firstHandoff(name: string, type: 'email' | 'social' = 'email') {
  const c = await api().campaigns.create({ name, clientId, type, launchDate: '2026-09-15' });
  return (await api().campaigns.get({ id: c.id })).handoffs[0]!;
}

const missing = (h: HandoffDetail) => h.gate.missing.map((m) => m.label);

/** The editor's save of `detail` with a required long-text field added at the end. */
function withLegalField(detail: TemplateDetail): TemplateSaveInput {
  const t = detail.template;
  return {
    ...SLOT,
    expectedVersion: t.version,
    name: t.name,
    fields: [
      ...t.fields,
      {
        key: 'legalReview',
        label: LEGAL,
        type: 'long_text',
        required: true,
        help: 'What legal said about the claims.',
        columns: [],
      },
    ],
    checklist: t.checklist,
    defaultRaci: t.defaultRaci,
    durationDays: t.durationDays,
    bufferDays: t.bufferDays,
  };
}

describe('workspace templates', () => {
  it('a saved edit reaches new handoffs only; running ones keep their version', async () => {
    const running = await firstHandoff('Spring range');
    expect(running.handoff.templateId).toBe('builtin.strategy-creative.email');
    const before = missing(running);

    const opened = await api().templates.get(SLOT);
    expect(opened).toMatchObject({ edited: false, builtinId: 'builtin.strategy-creative.email' });
    const saved = await api().templates.save(withLegalField(opened));
    expect(saved.edited).toBe(true);
    expect(saved.template.version).toBe(2);
    expect(saved.template.fields.at(-1)).toMatchObject({ key: 'legalReview', required: true });
    expect(saved.history.map((v) => [v.version, v.builtin])).toEqual([
      [2, false],
      [1, true],
    ]);

    // The running handoff: same fields, same gate, and the new field is not part of it.
    const again = await api().handoffs.get({ id: running.handoff.id });
    expect(again.template.fields.map((f) => f.key)).not.toContain('legalReview');
    expect(missing(again)).toEqual(before);
    const refused = toBatonError(
      await failureOf(
        api().handoffs.setField({ handoffId: running.handoff.id, key: 'legalReview', value: 'ok' }),
      ),
    );
    expect(refused.issues).toEqual([expect.objectContaining({ field: 'key' })]);

    // A new campaign of that type: the new version, and its gate asks for the new field.
    const fresh = await firstHandoff('Summer range');
    expect(fresh.handoff.templateId).toBe(saved.template.id);
    expect(fresh.handoff.templateVersion).toBe(2);
    expect(missing(fresh).filter((label) => label !== LEGAL)).toEqual(before);
    expect(missing(fresh)).toContain(LEGAL);
    await api().handoffs.setField({
      handoffId: fresh.handoff.id,
      key: 'legalReview',
      value: 'Claims cleared on 2026-06-09.',
    });
    expect(missing(await api().handoffs.get({ id: fresh.handoff.id }))).not.toContain(LEGAL);

    // Another campaign type has its own template, untouched.
    const social = await firstHandoff('Feed drop', 'social');
    expect(social.handoff.templateId).toBe('builtin.strategy-creative.social');
    expect(missing(social)).not.toContain(LEGAL);

    // After a restart the versions still resolve from the file.
    backend.close();
    backend = open();
    expect(missing(await api().handoffs.get({ id: fresh.handoff.id }))).not.toContain(LEGAL);
    expect((await api().handoffs.get({ id: running.handoff.id })).template.fields).toEqual(
      templateForTransition('strategy', 'creative', 'email').fields,
    );
    expect(changeLogProblems(backend.context.db)).toEqual([]);
  });

  it('reset goes back to the built-in as a new version, leaving handoffs on the edit alone', async () => {
    await api().templates.save(withLegalField(await api().templates.get(SLOT)));
    const onEdit = await firstHandoff('Summer range');
    const reset = await api().templates.reset(SLOT);
    expect(reset.edited).toBe(true);
    expect(reset.template.version).toBe(3);
    const builtin = templateForTransition('strategy', 'creative', 'email');
    expect({ ...reset.template, id: '', version: 0 }).toEqual({ ...builtin, id: '', version: 0 });

    const after = await firstHandoff('Autumn range');
    expect(after.handoff.templateVersion).toBe(3);
    expect(missing(after)).not.toContain(LEGAL);
    expect(missing(await api().handoffs.get({ id: onEdit.handoff.id }))).toContain(LEGAL);

    const list = await api().templates.list();
    expect(list).toHaveLength(42);
    expect(list.filter((t) => t.edited).map((t) => [t.from, t.to, t.campaignType])).toEqual([
      ['strategy', 'creative', 'email'],
    ]);
    // Resetting what is already the built-in writes nothing.
    const counts = tableCounts(backend.context.db);
    await api().templates.reset({ ...SLOT, campaignType: 'event' });
    expect(tableCounts(backend.context.db)).toEqual(counts);
  });

  it('plans campaigns of the type with the edited durations, other types with theirs', async () => {
    const slot = { from: 'creative', to: 'production', campaignType: 'email' } as const;
    const opened = await api().templates.get(slot);
    expect(opened.template.durationDays).toBe(10);
    await api().templates.save({ ...withLegalField(opened), ...slot, durationDays: 15 });
    const email = await firstHandoff('Spring range');
    const social = await firstHandoff('Feed drop', 'social');
    const creativeStep = async (campaignId: string) => {
      const detail = await api().campaigns.get({ id: campaignId });
      return detail.plan.find((p) => p.fromStageId === email.handoff.toStageId)!;
    };
    expect((await creativeStep(email.handoff.campaignId)).durationDays).toBe(15);
    expect((await creativeStep(social.handoff.campaignId)).durationDays).toBe(10);
    // Five more working days in production move the email brief's due date a calendar week earlier.
    const days = (d: string | null) => Date.parse(d!) / 86_400_000;
    expect(days(social.handoff.dueDate) - days(email.handoff.dueDate)).toBe(7);
  });

  it('refuses a broken template naming each field, and a save over a newer version', async () => {
    const opened = await api().templates.get(SLOT);
    const counts = tableCounts(backend.context.db);
    const broken = withLegalField(opened);
    broken.fields = [
      ...broken.fields,
      { key: 'objective', label: 'Again', type: 'text', required: false },
      { key: 'Bad key', label: 'Bad', type: 'text', required: false },
      { key: 'noLabel', label: '  ', type: 'text', required: false },
      { key: 'rows', label: 'Rows', type: 'table', required: false, columns: [] },
    ];
    broken.checklist = [...broken.checklist, { label: '', required: true }];
    const err = toBatonError(await failureOf(api().templates.save(broken)));
    expect(err.code).toBe('RULE_VIOLATION');
    const n = opened.template.fields.length + 1;
    expect(err.issues.map((i) => i.field)).toEqual([
      `fields.${n}.key`,
      `fields.${n + 1}.key`,
      `fields.${n + 2}.label`,
      `fields.${n + 3}.columns`,
      `checklist.${opened.template.checklist.length}.label`,
    ]);
    expect(err.issues[0]!.problem).toMatch(/already the key of “Objective”/);

    await api().templates.save(withLegalField(opened));
    const stale = toBatonError(await failureOf(api().templates.save(withLegalField(opened))));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.issues.map((i) => i.field)).toEqual(['expectedVersion']);
    // Only the one good save was written.
    expect(tableCounts(backend.context.db).handoff_templates).toBe(counts.handoff_templates! + 1);
  });
});
