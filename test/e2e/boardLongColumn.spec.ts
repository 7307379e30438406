import { expect, test } from 'vitest';
import { useBoardTab } from './harness';
import { handoffLeaving, overrideAlong, seedNorthwindAgency } from '../harness/northwindAgency';

// A keyboard move into a long (virtualized) column whose answer re-sorts the card far down:
// the card stays in the DOM and keeps focus throughout, instead of leaving the column until a
// scroll brings it back.

const FILLERS = 56; // over Column's VIRTUALIZE_AFTER (50)
const LAUNCH = '2027-06-15';
const MOVED = 'Zeta Late Launch';

const t = useBoardTab(
  async (api) => {
    const agency = await seedNorthwindAgency(api);
    const create = (name: string, launchDate: string) =>
      api.campaigns.create({ name, clientId: agency.clientId, type: 'social', launchDate });
    // Same launch date, all in Creative: their Creative handoffs are due on one day.
    for (let i = 0; i < FILLERS; i++) {
      const filler = await create(`Filler ${String(i).padStart(2, '0')}`, LAUNCH);
      await overrideAlong(api, agency, filler.id, ['strategy', 'creative'], 'Seeded');
    }
    // A day later: its Strategy handoff is due before the fillers' Creative ones (so dropped,
    // it shows first in Creative), its Creative handoff after them (so answered, it sorts last).
    const moved = await create(MOVED, '2027-06-16');
    const strategy = await handoffLeaving(api, agency, moved.id, 'strategy');
    await api.workspace.setMe({
      personId: strategy.raci.find((r) => r.role === 'A')!.personId,
    });
    await api.handoffs.override({ id: strategy.handoff.id, reason: 'Let it through' });
  },
  { card: MOVED },
);

test('a card moved by keyboard into a long column stays rendered and focused as its answer re-sorts it', async () => {
  const { page, board, pageErrors } = t;
  const creative = board.column('Creative');
  expect(await creative.locator('.board-column__cards--virtual').count()).toBe(1);

  await board.pickUp(MOVED);
  await page.keyboard.press('ArrowRight');
  await board.announcement(`${MOVED} is over Creative.`).waitFor();
  // From the first sight of the card in Creative, after every DOM change: is it still there?
  await page.evaluate((name) => {
    const w = window as unknown as { __gone: number; __seen: boolean };
    w.__gone = 0;
    w.__seen = false;
    const column = () =>
      [...document.querySelectorAll('section')].find(
        (s) => s.querySelector('h2')?.textContent === 'Creative',
      );
    const check = () => {
      const there = !!column()?.querySelector(`article[aria-label^="${name},"]`);
      if (there) w.__seen = true;
      else if (w.__seen) w.__gone++;
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  }, MOVED);
  await page.keyboard.press('Space');

  const card = creative.getByRole('article', { name: new RegExp(`^${MOVED}, `) });
  await expect.poll(() => card.getAttribute('aria-busy'), { timeout: 10_000 }).toBeNull();
  // The answer put it last: the column's last card is it, not the first as when dropped.
  expect((await board.cardNamesIn('Creative')).at(-1)).toBe(MOVED);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
    .toMatch(new RegExp(`^${MOVED}, `));
  // Scrolled fully into view in its column, not cut off by the column's edge.
  await expect
    .poll(() =>
      card.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const view = el.closest('.board-column__cards')!.getBoundingClientRect();
        return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
      }),
    )
    .toBe(true);
  const { gone, seen } = await page.evaluate(() => {
    const w = window as unknown as { __gone: number; __seen: boolean };
    return { gone: w.__gone, seen: w.__seen };
  });
  expect(seen).toBe(true);
  expect(gone).toBe(0);
  expect(pageErrors).toEqual([]);
});
