import type { Page } from 'playwright-core';

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
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
