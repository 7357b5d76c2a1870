/** Steps of the admin console shared by its browser tests. */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './counter-harness';

/** Signs in at /admin/ and opens a section of the console by its nav link. */
export async function openAdminSection(page: Page, adminUrl: string, section: string, username = 'admin'): Promise<void> {
  await page.goto(adminUrl);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator(`nav a[data-section="${section}"]`).click();
  await page.locator(`nav a[data-section="${section}"][aria-current="page"]`).waitFor();
}

/** Types the one-line reason and presses Lưu on the section's save bar. */
export async function saveWithReason(page: Page, reason: string): Promise<void> {
  const bar = page.getByTestId('save-bar');
  await bar.locator('input[name="reason"]').fill(reason);
  await bar.locator('button[data-action="save"]').click();
}

/** The current config's revision id, as the hub reports it. */
export async function currentRevision(hubUrl: string, token: string): Promise<{ id: number; config: Record<string, unknown> }> {
  const res = await fetch(`${hubUrl}/api/v1/config`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /api/v1/config: ${res.status}`);
  const body = (await res.json()) as { revision: { id: number }; config: Record<string, unknown> };
  return { id: body.revision.id, config: body.config };
}
