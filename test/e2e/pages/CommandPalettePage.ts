import type { Page } from 'playwright-core';

/** The Ctrl/Cmd+K command palette: a search box over a list of options. */
export class CommandPalettePage {
  constructor(private readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  get search() {
    return this.dialog.getByRole('combobox', { name: 'Search commands' });
  }

  option(label: string | RegExp) {
    return this.dialog.getByRole('option', { name: label });
  }

  /** The options' labels, top to bottom (without the shortcut keys drawn beside them). */
  async options(): Promise<string[]> {
    const texts = await this.dialog.getByRole('option').allInnerTexts();
    return texts.map((t) => t.split('\n')[0]!.trim());
  }

  async openWithKeyboard() {
    await this.page.keyboard.press('Control+k');
    await this.search.waitFor();
  }

  /** Types `query` and runs the best match with Enter, as a person at the keyboard would. */
  async run(query: string, expectFirst: string | RegExp) {
    await this.openWithKeyboard();
    await this.search.fill(query);
    await this.dialog
      .getByRole('option', { selected: true })
      .filter({ hasText: expectFirst })
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
