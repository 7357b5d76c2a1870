/**
 * A new display board pairs by code (issue 17): opened with no token it
 * shows a code and its QR; once an admin claims the code, the board keeps
 * its token and shows the hall, filtered to the area the admin placed it in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { login, startTestHub, type TestHub } from '@luot/testing';
import { ensureBoardBuilt, launchChromium } from '@luot/testing/browser';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  ensureBoardBuilt();
  hub = await startTestHub();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('a board with no token', () => {
  it('shows a pairing code, then runs with the token and area the admin gave it', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${hub.url}/display/?voice=none`);
    const shown = page.getByTestId('pairing-code');
    await shown.waitFor();
    const code = (await shown.getAttribute('data-code')) ?? '';
    expect(await page.locator('[data-testid="pairing-screen"] img').count()).toBe(1);

    const admin = await login(hub.url, 'admin', 'luot-demo');
    const claimed = await fetch(`${hub.url}/api/v1/pairing/claim`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code, id: 'board-tang-2', name: 'Màn hình tầng 2', role: 'display', area: 'Tầng 2' }),
    });
    expect(claimed.status).toBe(201);

    await page.waitForFunction(() => window.__luotBoard?.connected === true, undefined, { timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('area')).toBe('Tầng 2');
    expect(await page.evaluate(() => localStorage.getItem('luot.display.token'))).toMatch(/.{20,}/);
    await page.close();
  });
});
