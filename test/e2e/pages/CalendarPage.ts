import type { Download, Page } from 'playwright-core';

export interface PlannedItem {
  title: string;
  date: string;
  time: string;
  channel: 'Email' | 'Social' | 'Paid' | 'Blog' | 'Event' | 'Other';
  campaign?: string;
  segment?: string;
}

/** The calendar page (#calendar): views, the item dialog, chips, the warnings panel, exports. */
export class CalendarPage {
  constructor(private readonly page: Page) {}

  get main() {
    return this.page.getByRole('main', { name: 'Calendar' });
  }

  async open() {
    await this.page.keyboard.press('Control+7');
    await this.main.waitFor();
    await this.main
      .getByRole('status')
      .filter({ hasText: 'Loading' })
      .waitFor({ state: 'detached' });
  }

  async view(name: 'Month' | 'Week' | 'List') {
    await this.main.getByRole('group', { name: 'View' }).getByRole('button', { name }).click();
  }

  async jumpTo(date: string) {
    await this.main.getByLabel('Jump to date').fill(date);
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  async plan(item: PlannedItem) {
    await this.main.getByRole('button', { name: 'New item' }).first().click();
    const d = this.dialog;
    await d.getByLabel('Title', { exact: true }).fill(item.title);
    await d.getByLabel('Date', { exact: true }).fill(item.date);
    await d.getByLabel('Time', { exact: true }).fill(item.time);
    await d.getByLabel('Channel', { exact: true }).selectOption({ label: item.channel });
    if (item.campaign)
      await d.getByLabel('Campaign', { exact: true }).selectOption({ label: item.campaign });
    if (item.segment) await d.getByLabel('Audience segment').fill(item.segment);
    await d.getByRole('button', { name: 'Add item' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.chip(item.title).waitFor();
  }

  /** An item's chip in the month or week grid, found by its whole title. */
  chip(title: string) {
    return this.main.locator('button.cal-chip').filter({
      has: this.page.locator('.cal-chip__title').getByText(title, { exact: true }),
    });
  }

  /** A day of the month or week grid. */
  day(date: string) {
    return this.main.locator(`[data-date="${date}"]`);
  }

  get announcer() {
    return this.page.getByTestId('calendar-announcer');
  }

  get warnings() {
    return this.main.getByRole('complementary', { name: /Coordination warnings/ });
  }

  /**
   * Focuses the chip once and presses Alt+arrow `times` times, waiting for each move to be
   * announced (focus follows the chip to its new day).
   */
  async moveWithKeyboard(title: string, key: 'ArrowLeft' | 'ArrowRight', times = 1) {
    await this.chip(title).focus();
    for (let i = 0; i < times; i++) {
      const before = await this.announcer.textContent();
      await this.page.keyboard.press(`Alt+${key}`);
      await this.page.waitForFunction(
        ([b]) => {
          const text = document.querySelector('[data-testid="calendar-announcer"]')?.textContent;
          return text !== b && text?.startsWith('Moved');
        },
        [before],
      );
    }
  }

  /** Drags a chip with the mouse onto a day of the grid. */
  async dragTo(title: string, date: string) {
    const chip = await this.chip(title).boundingBox();
    const target = await this.day(date).boundingBox();
    if (!chip || !target) throw new Error(`chip ${title} or day ${date} is not on screen`);
    const x = chip.x + chip.width / 2;
    const y = chip.y + chip.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    // Past the 5 px activation distance first, as a hand would.
    await this.page.mouse.move(x + 10, y + 10, { steps: 3 });
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, {
      steps: 12,
    });
    await this.page.mouse.up();
  }

  async exportIcs(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.main.getByRole('button', { name: 'Export .ics' }).click(),
    ]);
    return download;
  }
}
