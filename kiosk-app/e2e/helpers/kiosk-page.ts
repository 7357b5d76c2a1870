/** Small steps a citizen takes on the kiosk page, shared by the e2e tests. */
import type { Page } from 'playwright-core';
import type { HallSnapshot } from '@luot/protocol';

export async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-screen="welcome"]').waitFor();
}

/** The public hall info (the hall, departments, services) from the hub's HTTP API. */
export async function hallInfo(hubUrl: string): Promise<Pick<HallSnapshot, 'hall' | 'departments' | 'services'>> {
  const res = await fetch(`${hubUrl}/api/v1/hall`);
  if (!res.ok) throw new Error(`GET /api/v1/hall: ${res.status}`);
  return (await res.json()) as HallSnapshot;
}

/** Welcome → department → service, by touch. */
export async function browseToService(page: Page, department: string, service: string): Promise<void> {
  await page.getByTestId(`department-${department}`).click();
  await page.locator('[data-screen="services"]').waitFor();
  await page.getByTestId(`service-${service}`).click();
  await page.locator('[data-screen="service"]').waitFor();
}

/** Types on the on-screen keyboard, key by key. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const ch of text) await page.locator(`[data-key="${ch === ' ' ? 'space' : ch}"]`).click();
}

export interface ShownTicket {
  id: string;
  code: string;
  print: string;
}

/** Waits for the ticket screen in a final print state and reads what it shows. */
export async function shownTicket(page: Page, print: 'printed' | 'skipped' | 'failed'): Promise<ShownTicket> {
  const ticket = page.locator(`[data-testid="ticket"][data-print="${print}"]`);
  await ticket.waitFor({ timeout: 20_000 });
  return {
    id: (await ticket.getAttribute('data-ticket-id')) ?? '',
    code: (await page.getByTestId('ticket-code').textContent())?.trim() ?? '',
    print,
  };
}
