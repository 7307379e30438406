import type { Locator, Page } from 'playwright-core';
import { AppShellPage } from './pages/AppShellPage';

/**
 * Light and dark screenshots of `target` (the page, or a part of it scrolled into view) at
 * `${base}-light.png` and `${base}-dark.png`, toasts dismissed first so they hide nothing; the
 * page is left light. `reducedMotion` stills transitions that would catch a colour mid-change.
 */
export async function shootLightAndDark(
  page: Page,
  target: Page | Locator,
  base: string,
  o: { reducedMotion?: boolean } = {},
): Promise<void> {
  await new AppShellPage(page).dismissNotifications();
  if ('scrollIntoViewIfNeeded' in target) await target.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({
      colorScheme: scheme,
      ...(o.reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
    });
    await target.screenshot({ path: `${base}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
