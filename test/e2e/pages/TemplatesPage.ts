import type { Locator, Page } from 'playwright-core';

/** The Templates screen: the transition list, the editor and its preview, as a person sees them. */
export class TemplatesPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main', { name: 'Templates' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Templates', exact: true })
      .click();
    await this.main.getByRole('heading', { name: 'Handoff templates' }).waitFor();
  }

  async chooseType(label: string): Promise<void> {
    await this.main.getByLabel('Campaign type').selectOption({ label });
  }

  transition(name: string): Locator {
    return this.main
      .getByRole('navigation', { name: 'Templates' })
      .getByRole('button', { name: new RegExp(`^${name}`) });
  }

  get editorHeading(): Locator {
    return this.main.getByRole('heading', { level: 2 });
  }

  get fieldRows(): Locator {
    return this.main.getByRole('list', { name: 'Package fields' }).getByRole('listitem');
  }

  fieldRow(n: number): Locator {
    return this.fieldRows.nth(n);
  }

  get preview(): Locator {
    return this.main.getByRole('complementary', { name: 'Preview of the package' });
  }

  button(name: string | RegExp): Locator {
    return this.main.getByRole('button', { name, exact: typeof name === 'string' });
  }

  get error(): Locator {
    return this.main.locator('.tpl-editor__error');
  }
}
