/**
 * The Content-Security-Policy blocks nothing the hall's pages need: each page
 * the hub serves loads in Chromium with no policy violation, and the ticket
 * page's inline script (admitted by its nonce) runs. A policy too strict for
 * a page shows up here as a violation, before it shows up in a hall.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';
import { launchChromium } from '@luot/testing/browser';

let hub: TestHub;
let browser: Browser;
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig() });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** Opens a page and returns it with the policy violations it reports (as they come). */
async function openWatched(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation(v: string): Promise<void> }).reportViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  await page.goto(`${hub.url}${path}`);
  return { page, violations };
}

describe('the served pages under their Content-Security-Policy', () => {
  it('load with no violation: the apps, the lookup form and the API docs', async () => {
    const pages = [
      [`/kiosk/?token=${TEST_TOKENS.kiosk}`, '#root *'],
      [`/display/?token=${TEST_TOKENS.display}`, '#root *'],
      ['/counter/', 'input[name="password"]'],
      ['/admin/', 'input[name="password"]'],
      ['/d/', 'form'],
      ['/api/docs', '.opblock'],
    ] as const;
    for (const [path, ready] of pages) {
      const { page, violations } = await openWatched(path);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });

  it('runs the ticket page\'s inline script (its nonce) and nothing else inline', async () => {
    const issued = await fetch(`${hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}` },
      body: JSON.stringify({ service: 'DKKD' }),
    });
    const ticket = (await issued.json()) as { id: string; code: string };
    const { page, violations } = await openWatched(`/t/${ticket.id}`);
    // The code appears only when the inline script has fetched the status.
    await expect.poll(() => page.locator('#code').textContent()).toBe(ticket.code);
    // An injected inline script without the nonce is refused.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.appendChild(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.close();
  });
});
