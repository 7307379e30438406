import type { Locator, Page } from 'playwright-core';

/** The handoff side panel, by role and label as a person sees it. */
export class HandoffPanelPage {
  constructor(private readonly page: Page) {}

  /** The panel itself: a complementary region named after its transition. */
  get root(): Locator {
    return this.page.getByRole('complementary', { name: /handoff$/ });
  }

  get title(): Locator {
    return this.root.getByRole('heading', { level: 2 });
  }

  /** The missing list's items ("Field Strategy summary is missing"). */
  get missingItems(): Locator {
    return this.root.getByRole('list', { name: 'Missing items' }).getByRole('button');
  }

  missingItem(label: string): Locator {
    return this.missingItems.filter({ hasText: label });
  }

  /** A single-control package field (text, long text, date, link…) by its label. */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The frame around a field: its label, saved state, problem and counter. */
  fieldFrame(label: string): Locator {
    return this.root.locator('.hf-field').filter({
      has: this.page.locator('.hf-field__label', { hasText: new RegExp(`^${escape(label)}$`) }),
    });
  }

  savedState(label: string): Locator {
    return this.fieldFrame(label).locator('.hf-save');
  }

  /** A list or table field: a group named by its label. */
  group(label: string): Locator {
    return this.root.getByRole('group', { name: label, exact: true });
  }

  listItem(label: string, n: number): Locator {
    return this.root.getByRole('textbox', { name: `${label}, item ${n}`, exact: true });
  }

  cell(label: string, row: number, column: string): Locator {
    return this.root.getByRole('textbox', { name: `${label}, row ${row}, ${column}`, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name, exact: typeof name === 'string' });
  }

  checkbox(label: string): Locator {
    return this.root.getByRole('checkbox', { name: label });
  }

  select(label: string): Locator {
    return this.root.getByRole('combobox', { name: label, exact: true });
  }

  section(name: string): Locator {
    return this.root.getByRole('region', { name, exact: true });
  }

  get trail(): Locator {
    return this.section('Trail').getByRole('listitem');
  }

  get flowStatus(): Locator {
    return this.root.locator('.hf-flow__status');
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Fills a list field item by item (Enter adds the next item, as a person would type it). */
  async fillList(label: string, items: readonly string[]): Promise<void> {
    await this.listItem(label, 1).click();
    for (const [i, item] of items.entries()) {
      await this.listItem(label, i + 1).fill(item);
      if (i < items.length - 1) await this.page.keyboard.press('Enter');
    }
  }

  /** Waits until every field of the package says it is saved (none saving or unsaved). */
  async waitForSaved(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        document.querySelectorAll('.hf-save--saving, .hf-save--failed').length === 0 &&
        document.querySelectorAll('.handoff-panel').length === 1,
    );
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
