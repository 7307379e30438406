import { expect } from 'vitest';
import type { Person } from '../../shared/model';
import type { BoardSession } from './harness';

/**
 * One campaign of a spec, driven through the handoff panel: its current handoff read back,
 * the laptop's person switched (the panel reopened as them), and the last hop into Launch.
 * `people` is read when called: the spec's seed fills it in its `beforeAll`.
 */
export function campaignFlow(t: BoardSession, campaign: string, people: () => readonly Person[]) {
  const api = () => t.app.backend.client;
  const person = (name: string): Person => {
    const found = people().find((p) => p.name === name);
    if (!found) throw new Error(`no person named ${name}`);
    return found;
  };

  async function currentHandoff() {
    const card = (await api().campaigns.list()).find((c) => c.name === campaign)!;
    return api().handoffs.get({ id: card.currentHandoff!.id });
  }

  /** Makes `name` "me" on this laptop, reloads and opens the campaign's handoff from its card. */
  async function actAs(name: string): Promise<void> {
    await api().workspace.setMe({ personId: person(name).id });
    await t.page.reload();
    await t.board.card(campaign).click();
    await t.panel.title.waitFor();
  }

  /**
   * With the package complete: submitted, approved by `approver`, confirmed by its receiver,
   * then dropped on Launch, where the board and the database both have it.
   */
  async function handOffIntoLaunch(approver: string): Promise<void> {
    await t.panel.button('Submit for approval').click();
    await expect.poll(async () => (await currentHandoff()).handoff.status).toBe('submitted');
    await actAs(approver);
    await t.panel.button('Approve').click();
    await expect.poll(async () => (await currentHandoff()).handoff.status).toBe('approved');
    const receiver = (await currentHandoff()).receiverIds[0]!;
    await actAs(people().find((p) => p.id === receiver)!.name);
    await t.panel.button('I have what I need').click();
    await expect.poll(async () => (await currentHandoff()).handoff.status).toBe('acknowledged');
    await t.page.keyboard.press('Escape');
    await t.board.dragCard(campaign, { to: 'Launch' });
    await expect.poll(() => t.board.cardNamesIn('Launch')).toEqual([campaign]);
    const launch = (await api().stages.list()).find((s) => s.name === 'Launch')!;
    const card = (await api().campaigns.list()).find((c) => c.name === campaign)!;
    expect(card.stageId).toBe(launch.id);
  }

  return { person, currentHandoff, actAs, handOffIntoLaunch };
}
