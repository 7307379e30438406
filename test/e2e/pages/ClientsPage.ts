import type { Page } from 'playwright-core';

/** The Clients screen and its add/edit dialog. */
export class ClientsPage {
  constructor(private readonly page: Page) {}

  get list() {
    return this.page.getByRole('list', { name: 'Clients' });
  }

  row(name: string) {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  dialog(title: string | RegExp) {
    return this.page.getByRole('dialog', { name: title });
  }

  async add() {
    await this.page.getByRole('button', { name: 'Add client', exact: true }).click();
    return this.dialog('Add client');
  }

  async edit(name: string) {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    return this.dialog(`Edit ${name}`);
  }

  async archive(name: string) {
    await this.page.getByRole('button', { name: `Archive ${name}` }).click();
  }
}
