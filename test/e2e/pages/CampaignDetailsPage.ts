import type { Page } from 'playwright-core';

/** A campaign's details dialog: its plan (due dates, durations, slack) and activity trail. */
export class CampaignDetailsPage {
  constructor(
    private readonly page: Page,
    private readonly campaign: string,
  ) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: this.campaign });
  }

  get plan() {
    return this.dialog.getByRole('region', { name: 'Plan' });
  }

  get activity() {
    return this.dialog.getByRole('region', { name: 'Activity' });
  }

  /** The plan row of one handoff, e.g. "Strategy → Creative". */
  step(handoff: string) {
    return this.plan
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: handoff }) });
  }

  workDays(handoff: string) {
    return this.plan.getByRole('spinbutton', { name: `Work days for ${handoff}` });
  }

  async savePlan() {
    await this.plan.getByRole('button', { name: 'Save plan' }).click();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
