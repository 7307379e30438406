import type { Page } from 'playwright-core';

/** The People screen and its add/edit dialog. */
export class PeoplePage {
  constructor(private readonly page: Page) {}

  get list() {
    return this.page.getByRole('list', { name: 'People' });
  }

  row(name: string) {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  dialog(title: string | RegExp) {
    return this.page.getByRole('dialog', { name: title });
  }

  async add() {
    await this.page.getByRole('button', { name: 'Add person', exact: true }).click();
    return this.dialog('Add person');
  }

  async archive(name: string) {
    await this.page.getByRole('button', { name: `Archive ${name}` }).click();
  }
}
