import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BoardPage } from './pages/BoardPage';
import { useSyncWindow } from './syncWindow';

// Two laptops and one shared folder: this one in a browser window, a teammate's only through
// its API. Both edit the same line of a brief, and the teammate renames a campaign this one
// deletes; after syncing, Settings → Sync lists both conflicts, and the person resolves them in
// the side-by-side view.

const SHOTS = '/tmp/shots';

let brief: { handoffId: string; key: string; campaign: string };
let deleted: { id: string };
let moved: { id: string; name: string; stays: string; other: string };

const lines = (...l: string[]) => l.join('\n');
const BASE = lines('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Budget: 10k');
const MINE = BASE.replace('warm', 'playful');
const THEIRS = BASE.replace('warm', 'serious');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text conflict's row button, named by the campaign. */
const briefConflict = () => new RegExp(`^Resolve: ${escape(brief.campaign)}, `);

/**
 * Each laptop syncs in turn until both have heard everything of the other, each one's copy of
 * a merge included (what a merge writes leaves with the next run: three rounds).
 */
async function exchange(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const api of [w.app.backend.client, w.second.client]) {
      expect(await api.sync.run()).toMatchObject({ error: null, problems: [] });
    }
  }
}

const w = useSyncWindow(async () => {
  const here = w.app.backend.client;
  await here.workspace.loadDemo();
  await here.sync.setup({ folder: w.shared, deviceName: 'Ada’s laptop', mode: 'create' });
  await w.second.client.sync.setup({ folder: w.shared, deviceName: 'Sam’s desktop', mode: 'join' });
  const people = await w.second.client.people.list();
  await w.second.client.workspace.setMe({ personId: people.at(-1)!.id });

  const cards = await here.campaigns.list({});
  for (const card of cards) {
    if (!card.currentHandoff) continue;
    const h = await here.handoffs.get({ id: card.currentHandoff.id });
    const field = h.template.fields.find((f) => f.type === 'long_text');
    if (field) {
      brief = { handoffId: h.handoff.id, key: field.key, campaign: card.name };
      break;
    }
  }
  deleted = { id: cards.find((c) => c.name !== brief.campaign)!.id };
  const stages = (await here.workspace.get())!.stages;
  const position = (id: string) => stages.findIndex((st) => st.id === id);
  const card = cards.find(
    (c) => position(c.stageId) >= 2 && c.id !== deleted.id && c.name !== brief.campaign,
  )!;
  const nearer = stages[position(card.stageId) - 1]!;
  const further = stages[position(card.stageId) - 2]!;
  moved = { id: card.id, name: card.name, stays: nearer.name, other: further.name };
  await here.handoffs.setField({ handoffId: brief.handoffId, key: brief.key, value: BASE });
  await exchange();
  // Offline on both: this laptop edits first, the teammate later; one deletes, one renames.
  await here.handoffs.setField({ handoffId: brief.handoffId, key: brief.key, value: MINE });
  await here.campaigns.remove({ id: deleted.id });
  await w.second.client.campaigns.move({ id: moved.id, toStageId: further.id, reason: 'On B' });
  await new Promise((r) => setTimeout(r, 20));
  await here.campaigns.move({ id: moved.id, toStageId: nearer.id, reason: 'On A' });
  await w.second.client.handoffs.setField({
    handoffId: brief.handoffId,
    key: brief.key,
    value: THEIRS,
  });
  await w.second.client.campaigns.update({ id: deleted.id, name: 'Renamed by Sam' });
  await exchange();
  expect((await here.sync.conflicts()).map((c) => c.kind).sort()).toEqual([
    'changed-after-deletion',
    'stage-move',
    'text',
  ]);

  fs.mkdirSync(SHOTS, { recursive: true });
});

/** Light and dark shots of the conflicts list, or of the open dialog. */
async function shoot(name: string, what: 'list' | 'dialog'): Promise<void> {
  await w.shell.dismissNotifications();
  for (const scheme of ['light', 'dark'] as const) {
    await w.page.emulateMedia({ colorScheme: scheme });
    const target = what === 'list' ? w.sync.conflicts : w.page;
    await target.screenshot({
      path: path.join(SHOTS, `sync-conflicts-${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await w.page.emulateMedia({ colorScheme: 'light' });
}

describe('resolving sync conflicts side by side', () => {
  test('Settings → Sync lists the three conflicts', async () => {
    await w.shell.open('Settings');
    await expect.poll(() => w.sync.conflicts.getByRole('listitem').count()).toBe(3);
    const heading = w.sync.conflicts.getByRole('heading', { name: 'Conflicts to resolve (3)' });
    await heading.waitFor();
    await w.sync.conflicts.scrollIntoViewIfNeeded();
    await shoot('list', 'list');
  });

  test('the text conflict opens with their version beside mine; Escape closes it', async () => {
    const dialog = await w.sync.openConflict(briefConflict());
    await dialog.waitFor();
    const theirs = dialog.getByRole('region', { name: 'Their version' });
    const mine = dialog.getByRole('region', { name: 'Your version' });
    expect(await theirs.textContent()).toContain('Tone: serious');
    expect(await theirs.textContent()).toContain('Sam’s desktop');
    expect(await mine.textContent()).toContain('Tone: playful');
    const merged = dialog.getByRole('textbox', { name: 'Merged text' });
    expect(await merged.inputValue()).toContain('<<<<<<<');
    // Focus starts inside the dialog, on its first control.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await shoot('text', 'dialog');
    await w.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const opener = w.sync.conflicts.getByRole('button', {
      name: briefConflict(),
    });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  test('saving the merge with its markers left is refused under the text, nothing written', async () => {
    const dialog = await w.sync.openConflict(briefConflict());
    await dialog.getByRole('button', { name: 'Save merged' }).click();
    const merged = dialog.getByRole('textbox', { name: 'Merged text' });
    await expect.poll(() => merged.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('still holds conflict markers');
    const value = (await w.app.backend.client.handoffs.get({ id: brief.handoffId })).fields[
      brief.key
    ];
    expect(value).toContain('<<<<<<<');
  });

  test('Keep theirs writes their version into the brief and the list shrinks', async () => {
    await w.sync.conflictDialog.getByRole('button', { name: 'Keep theirs' }).click();
    await w.sync.conflictDialog.waitFor({ state: 'detached' });
    await w.sync.conflicts.getByRole('heading', { name: 'Conflicts to resolve (2)' }).waitFor();
    const fields = (await w.app.backend.client.handoffs.get({ id: brief.handoffId })).fields;
    expect(fields[brief.key]).toBe(THEIRS);
    // The row that took the resolved one's place has the keyboard now.
    const focused = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Resolve: /);
    // It is an ordinary edit: the teammate has it after the next sync.
    await exchange();
    const theirFields = (await w.second.client.handoffs.get({ id: brief.handoffId })).fields;
    expect(theirFields[brief.key]).toBe(THEIRS);
  });

  test('a card moved on both computers stays where the later move put it', async () => {
    const dialog = await w.sync.openConflict(
      new RegExp(`^Resolve: ${escape(moved.name)}, Card moved`),
    );
    expect(
      await dialog.getByRole('region', { name: 'Move that stands (later)' }).textContent(),
    ).toContain(moved.stays);
    expect(
      await dialog.getByRole('region', { name: 'Other move (earlier)' }).textContent(),
    ).toContain(moved.other);
    await shoot('moved', 'dialog');
    await dialog.getByRole('button', { name: `Keep in ${moved.stays}` }).click();
    await dialog.waitFor({ state: 'detached' });
    await w.sync.conflicts.getByRole('heading', { name: 'Conflicts to resolve (1)' }).waitFor();
    const stages = (await w.app.backend.client.workspace.get())!.stages;
    const { campaign } = await w.app.backend.client.campaigns.get({ id: moved.id });
    expect(stages.find((st) => st.id === campaign.stageId)!.name).toBe(moved.stays);
  });

  test('a campaign deleted here and renamed there is restored with the rename', async () => {
    const dialog = await w.sync.openConflict(/^Resolve: Renamed by Sam, /);
    expect(await dialog.textContent()).toContain('Renamed by Sam');
    await shoot('deleted', 'dialog');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await dialog.waitFor({ state: 'detached' });
    await w.sync.conflicts.getByText(/^None\./).waitFor();
    await shoot('empty', 'list');
    expect(await w.app.backend.client.campaigns.get({ id: deleted.id })).toMatchObject({
      campaign: { name: 'Renamed by Sam', deletedAt: null },
    });
    await w.shell.open('Board');
    await new BoardPage(w.page).card('Renamed by Sam').waitFor();
    expect(w.pageErrors).toEqual([]);
  });
});
