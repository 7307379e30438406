import type { Page } from 'playwright-core';

/** The "New campaign" dialog, by the labels a person reads. */
export class NewCampaignDialogPage {
  constructor(private readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'New campaign' });
  }

  textbox(label: string) {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  select(label: string) {
    return this.dialog.getByRole('combobox', { name: label, exact: true });
  }

  error(text: string) {
    return this.dialog.getByText(text, { exact: true });
  }

  async fill(values: {
    name: string;
    client: string;
    type: string;
    channels: string[];
    launchDate: string;
    owner: string;
    team: string[];
  }) {
    await this.textbox('Name').fill(values.name);
    await this.select('Client').selectOption({ label: values.client });
    await this.select('Type').selectOption({ label: values.type });
    const channels = this.dialog.getByRole('group', { name: 'Channels' });
    for (const c of values.channels) await channels.getByRole('checkbox', { name: c }).check();
    await this.dialog.getByLabel('Launch date').fill(values.launchDate);
    await this.select('Owner').selectOption({ label: values.owner });
    const team = this.dialog.getByRole('group', { name: 'Team' });
    for (const p of values.team) {
      await team.getByRole('checkbox', { name: new RegExp(`^${p}`) }).check();
    }
  }

  async create() {
    await this.dialog.getByRole('button', { name: 'Create campaign' }).click();
  }
}
