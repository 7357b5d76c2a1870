/** Pages of the hall in the browser tests: the screens' sizes, staff sign-in, and the counter's keys. */
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD_OF } from '../hub/test-hall';

/** The screens of the hall, as the e2e tests size them: the kiosk's portrait touch screen and a counter PC. */
export const SCREENS = {
  kiosk: { width: 1080, height: 1920 },
  counter: { width: 1600, height: 900 },
} as const;

/** A page in a context of its own (its own sign-in), Vietnamese, of the given size. */
export async function screenPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage();
}

export interface StaffSignIn {
  username: string;
  /** The demo hall's password unless said. */
  password?: string;
  /** The counter to sign in at, on the counter app's form. */
  counter?: number;
  /** The query after the app's path (a printer station's params, say). */
  query?: string;
}

/**
 * Opens a staff app of the hub (`counter` or `admin`) and signs in with its form.
 * @example await signInAt(officer, hub.url, 'counter', { username: 'canbo02', counter: 2, query: station.params });
 */
export async function signInAt(page: Page, hubUrl: string, app: 'counter' | 'admin', who: StaffSignIn): Promise<void> {
  await page.goto(`${hubUrl}/${app}/${who.query ? `?${who.query}` : ''}`);
  await page.locator('input[name="username"]').fill(who.username);
  await page.locator('input[name="password"]').fill(who.password ?? DEMO_PASSWORD_OF.officer);
  if (who.counter !== undefined) {
    // A list of the hall's counters, or a number field where the page has none to list.
    const field = page.locator('[name="counter"]');
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(String(who.counter));
    else await field.fill(String(who.counter));
  }
  await page.locator('button[type="submit"]').click();
}

/** Presses a counter console shortcut once its button is enabled (a key during an in-flight command is dropped). */
export async function pressWhenEnabled(page: Page, action: string, key: string, timeoutMs = 10_000): Promise<void> {
  const button = page.locator(`button[data-action="${action}"]`);
  const deadline = Date.now() + timeoutMs;
  while (!(await button.isEnabled())) {
    if (Date.now() > deadline) throw new Error(`the "${action}" button stayed disabled for ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
  await page.keyboard.press(key);
}
