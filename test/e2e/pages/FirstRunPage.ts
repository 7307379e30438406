import type { Page } from 'playwright-core';

/** The first-run screen, by role and label as a person sees it. */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Welcome to Baton' });
  }

  field(label: string) {
    return this.page.getByRole('textbox', { name: label });
  }

  async createWorkspace(values: {
    workspace: string;
    name: string;
    email?: string;
    role?: string;
  }) {
    await this.field('Workspace name').fill(values.workspace);
    await this.field('Your name').fill(values.name);
    if (values.email !== undefined) await this.field('Email').fill(values.email);
    if (values.role !== undefined) await this.field('Your role').fill(values.role);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
  }

  async exploreSampleAgency() {
    await this.page.getByRole('button', { name: 'Explore with a sample agency' }).click();
  }
}
