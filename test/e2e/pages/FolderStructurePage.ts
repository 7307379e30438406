import type { Page } from 'playwright-core';

/** The "Folder structure" dialog of a campaign: a folder, Preview, Create, the report. */
export class FolderStructurePage {
  constructor(private readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Folder structure' });
  }

  get folder() {
    return this.dialog.getByRole('textbox', { name: 'Folder' });
  }

  get tree() {
    return this.dialog.getByRole('list', { name: 'Campaign folders' });
  }

  get breakingFiles() {
    return this.dialog.getByRole('list', { name: 'Files that break the naming convention' });
  }

  /** The folder rows as shown: name and state, e.g. `02_creative/ will be created`. */
  async folders(): Promise<string[]> {
    const rows = await this.tree.getByRole('listitem').allInnerTexts();
    return rows.map((r) => r.replace(/\s+/g, ' ').trim());
  }

  async preview() {
    await this.dialog.getByRole('button', { name: 'Preview' }).click();
  }

  async create() {
    await this.dialog.getByRole('button', { name: 'Create folders' }).click();
  }
}
