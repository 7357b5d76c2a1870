/**
 * The admin's audit log panel (issue 15) in Chromium: an admin filters the
 * log and downloads it as CSV; a supervisor's screen has no such panel.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, startCounterHarness, type CounterHarness } from './helpers/counter-harness';

let h: CounterHarness;
beforeAll(async () => {
  h = await startCounterHarness();
});
afterAll(async () => {
  await h?.close();
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(h.adminUrl);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
}

describe('audit log panel', () => {
  it('is not on a supervisor’s screen', async () => {
    await signIn(h.page, 'giamsat');
    // The console's "Báo cáo" section holds the reports, and for an admin the audit log.
    await h.page.locator('nav a[data-section="reports"]').click();
    await h.page.getByTestId('period-panel').waitFor();
    expect(await h.page.getByTestId('audit-panel').count()).toBe(0);
    await h.page.getByRole('button', { name: 'Đăng xuất' }).click();
  });

  it('lets the admin filter the log and download it as CSV', async () => {
    await signIn(h.page, 'admin');
    await h.page.locator('nav a[data-section="reports"]').click();
    const panel = h.page.getByTestId('audit-panel');
    await panel.waitFor();
    await panel.locator('input[name="who"]').fill('giamsat');
    await panel.locator('select[name="action"]').selectOption('sign-in');
    await panel.locator('button[data-action="auditShow"]').click();
    const rows = panel.locator('[data-testid="audit-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-action')).toBe('sign-in');
    expect(await rows.first().textContent()).toContain('user:giamsat');

    const [download] = await Promise.all([h.page.waitForEvent('download'), panel.locator('button[data-action="auditCsv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-kiem-tra-.*\.csv$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Thời điểm (giờ Việt Nam),Người thực hiện,Hành động');
    expect(text).toContain(',user:giamsat,sign-in,giamsat,');
  });
});
