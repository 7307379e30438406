import type { Page } from 'playwright-core';

/** The Settings screen: who I am, this computer, theme, stage names. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  get whoAmI() {
    return this.page.getByRole('combobox', { name: 'Who am I on this computer' });
  }

  theme(label: 'Match the system' | 'Light' | 'Dark') {
    return this.page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: label });
  }

  get backupButton() {
    return this.page.getByRole('button', { name: 'Back up now' });
  }

  async renameStage(position: number, from: string, to: string) {
    await this.page.getByRole('textbox', { name: `Name of stage ${position}` }).fill(to);
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
  }
}
