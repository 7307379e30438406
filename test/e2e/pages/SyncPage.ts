import type { Page } from 'playwright-core';

/** Settings → Sync: the setup form, or the state of sync through the shared folder. */
export class SyncPage {
  constructor(private readonly page: Page) {}

  get section() {
    return this.page.getByRole('region', { name: 'Sync', exact: true });
  }

  get folderField() {
    return this.section.getByRole('textbox', { name: 'Shared folder' });
  }

  get deviceNameField() {
    return this.section.getByRole('textbox', { name: 'This computer’s name' });
  }

  async setUp(mode: 'create' | 'join', folder: string, deviceName: string) {
    await this.folderField.fill(folder);
    await this.deviceNameField.fill(deviceName);
    await this.section
      .getByRole('button', {
        name: mode === 'create' ? 'Create team folder here' : 'Join the team folder here',
      })
      .click();
  }

  get syncNowButton() {
    return this.section.getByRole('button', { name: 'Sync now' });
  }

  /** A computer in the devices table, by its name. */
  device(name: string | RegExp) {
    return this.section.getByRole('table').getByRole('rowheader', { name });
  }

  /** Settings → Sync → Conflicts to resolve (its name carries the count: "(2)"). */
  get conflicts() {
    return this.section.getByRole('region', { name: /^Conflicts to resolve/ });
  }

  /** Opens one conflict's side-by-side view by what it is about (a campaign's name). */
  async openConflict(title: string | RegExp) {
    const name = typeof title === 'string' ? `Resolve: ${title}` : title;
    await this.conflicts.getByRole('button', { name }).click();
    return this.conflictDialog;
  }

  get conflictDialog() {
    return this.page.getByRole('dialog', { name: /^Resolve: / });
  }
}
