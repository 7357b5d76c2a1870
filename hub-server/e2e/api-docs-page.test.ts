/**
 * The API reference page renders in Chromium from the hub alone: every
 * request the page makes goes to the hub (the hall has no internet).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestHub, testHallConfig, type TestHub } from '@luot/testing';
import { launchChromium } from '@luot/testing/browser';

let hub: TestHub;
let browser: Browser;
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

it('renders every operation of openapi.yaml with no request leaving the hub', async () => {
  const page = await browser.newPage();
  const elsewhere: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(hub.url) || url.startsWith('data:')) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  await page.goto(`${hub.url}/api/docs`);
  await page.getByText('Issue a ticket (kiosk device, supervisor or admin)').waitFor({ timeout: 30_000 });
  expect(await page.getByText('Call the next ticket at a counter (officer signed in there, or admin)').count()).toBe(1);
  expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(30);
  expect(elsewhere).toEqual([]);
});
