import type { Page } from 'playwright-core';

type Screen = 'Board' | 'Clients' | 'People' | 'Settings';

/** The window's header and the things it opens: navigation, palette, sync, New campaign, me. */
export class AppShellPage {
  constructor(private readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async open(screen: Screen) {
    await this.nav.getByRole('link', { name: screen, exact: true }).click();
    await this.page.getByRole('main', { name: screen }).waitFor();
  }

  get newCampaignButton() {
    return this.page.getByRole('banner').getByRole('button', { name: 'New campaign' });
  }

  /** "Who am I" as the header shows it: a link to Settings named by the person. */
  me(name: string) {
    return this.page.getByRole('banner').getByRole('link', { name, exact: true });
  }

  /** The header's sync status, a button named "Sync: …" that opens Settings → Sync. */
  get syncIndicator() {
    return this.page.getByRole('banner').getByRole('button', { name: /^Sync: / });
  }

  /** Closes every notification on screen (earlier steps' toasts would cover a screenshot). */
  async dismissNotifications() {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss notification' });
    while ((await dismiss.count()) > 0) {
      await dismiss
        .first()
        .click({ timeout: 1000 })
        .catch(() => undefined); // it may have timed out by itself meanwhile
    }
  }

  notification(text: string | RegExp) {
    return this.page.getByRole('region', { name: 'Notifications' }).getByText(text);
  }

  /** Clicks a notification's action (e.g. Undo) in the toast that says `text`. */
  async notificationAction(text: string | RegExp, action: string) {
    await this.page
      .getByRole('region', { name: 'Notifications' })
      .locator('.ui-toast')
      .filter({ hasText: text })
      .getByRole('button', { name: action })
      .click();
  }

  async theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
