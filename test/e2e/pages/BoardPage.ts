import type { Locator, Page } from 'playwright-core';

type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** The stage board: one labelled section per stage, one focusable card per campaign. */
export class BoardPage {
  constructor(private readonly page: Page) {}

  column(stage: string) {
    return this.page.getByRole('region', { name: stage, exact: true });
  }

  columns() {
    return this.page.locator('section.board-column');
  }

  async columnNames(): Promise<string[]> {
    return this.page.locator('section.board-column h2').allTextContents();
  }

  card(campaign: string) {
    return this.page.getByRole('article', { name: new RegExp(`^${escape(campaign)}`) });
  }

  cards() {
    return this.page.getByRole('article');
  }

  /** The campaign's card inside one stage's column. */
  cardIn(stage: string, campaign: string) {
    return this.column(stage).getByRole('article', { name: new RegExp(`^${escape(campaign)}`) });
  }

  /** Names of the cards shown in a column, top to bottom. */
  async cardNamesIn(stage: string): Promise<string[]> {
    const labels = await this.column(stage)
      .getByRole('article')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.split(', ')[0]!);
  }

  /** What the drag and drop live region last said (e.g. "Picked up … in Strategy."). */
  announcement(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  notification(text: string | RegExp) {
    return this.page.getByRole('region', { name: 'Notifications' }).getByText(text);
  }

  /**
   * Drags a card with the mouse and drops it on a stage's column; `whileOver` runs while the
   * card is held over the column (to look at the drop hint, say).
   */
  async dragCard(
    campaign: string,
    { to, whileOver }: { to: string; whileOver?: () => Promise<void> },
  ): Promise<void> {
    const card = this.card(campaign);
    await card.scrollIntoViewIfNeeded();
    const from = await box(card);
    const x = from.x + from.width / 2;
    const y = from.y + Math.min(from.height / 2, 30);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    // Past the 5 px activation distance first, as a hand would.
    await this.page.mouse.move(x + 10, y + 10, { steps: 3 });
    const target = await box(this.column(to));
    await this.page.mouse.move(target.x + target.width / 2, target.y + 120, { steps: 12 });
    await whileOver?.();
    await this.page.mouse.up();
  }

  /**
   * Picks a card up with Space, presses the arrow keys (waiting for each to land), then drops
   * it with Space. `expectOver` is the stage the card should be over before the drop.
   */
  async moveWithKeyboard(
    campaign: string,
    keys: readonly ArrowKey[],
    { expectOver }: { expectOver: string },
  ): Promise<void> {
    await this.pickUp(campaign);
    for (const key of keys) await this.page.keyboard.press(key);
    await this.announcement(`${campaign} is over ${expectOver}.`).waitFor();
    await this.page.keyboard.press('Space');
  }

  async pickUp(campaign: string): Promise<void> {
    await this.card(campaign).focus();
    await this.page.keyboard.press('Space');
    // The sensor listens for keys only after a tick: wait until it says it holds the card.
    await this.announcement(new RegExp(`^Picked up ${escape(campaign)} in `)).waitFor();
    // The announcement renders before that tick runs, and Chromium serves input ahead of
    // timers: under load an arrow pressed now would reach the page before the sensor listens.
    // A zero timer queued now runs after the sensor's, so once it resolves the sensor is on.
    await this.page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }

  get moveBackDialog() {
    return this.page.getByRole('dialog', { name: /back to/ });
  }

  // Filter bar

  get search() {
    return this.page.getByRole('searchbox', { name: 'Search campaigns' });
  }

  async filterBy(label: 'Client' | 'Person' | 'Type' | 'Channel', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).selectOption({ label: option });
  }

  toggle(name: 'Overdue only' | 'My work') {
    return this.page.getByRole('button', { name, exact: true });
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).first().click();
  }
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element is not visible');
  return b;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
