/**
 * The hall's public pages pass axe-core with no serious or critical
 * violation, as a citizen's phone shows them: the ticket page /t/<id>
 * (waiting, then called, in Vietnamese and English, and an unknown id), the
 * dossier lookup form /d/, a dossier's page /d/<code> and an unknown code.
 * (The appointment booking page does not exist yet; it joins this list when
 * it does.) One Chromium for the file.
 */
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierView, TicketReceipt } from '@luot/protocol';
import { APPLICANT, DOCUMENTS, PROC_KHDT, TEST_TOKENS, cid, command, connected, dossierHallConfig, officerAt, openSocket, registerAt, startTestHub, type TestHub } from '@luot/testing';
import { launchChromium, seriousAxeViolations } from '@luot/testing/browser';

const PHONE = { width: 390, height: 844 } as const;
let hub: TestHub;
let browser: Browser;
let counter: Socket;
let kiosk: Socket;
let dossierCode = '';
const sockets: Socket[] = [];

beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), now: Date.parse('2026-11-23T09:00:00+07:00') });
  kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const reg = await registerAt(kiosk, PROC_KHDT);
  counter = await officerAt(hub, sockets, 'canbo01', 1);
  await command(counter, 'counter:call-next', { commandId: cid() });
  const received = await command<DossierView>(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
  if (!received.ok || received.value.trackingCode === null) throw new Error('receive failed');
  // The public page answers only the tracking code (the code and its check key).
  dossierCode = received.value.trackingCode;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await browser?.close();
  await hub?.close();
});

async function phone(locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await seriousAxeViolations(page), what).toEqual([]);
}

describe('public pages and accessibility (axe-core)', () => {
  it('the checker itself finds an unnamed button and low contrast', async () => {
    const page = await phone('vi-VN');
    await page.setContent('<html lang="vi"><body><main><button></button><p style="color:#ccc;background:#fff">chữ mờ</p></main></body></html>');
    const found = (await seriousAxeViolations(page)).map((v) => v.id);
    expect(found).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await page.context().close();
  });

  it('the ticket page, waiting and called, in Vietnamese and English; an unknown ticket', async () => {
    const issued = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    if (!issued.ok) throw new Error(issued.error.message.en);
    const ticket = issued.value.ticket;
    for (const locale of ['vi-VN', 'en-US']) {
      const page = await phone(locale);
      await page.goto(`${hub.url}/t/${ticket.id}`);
      await expect.poll(() => page.locator('#code').textContent()).toBe(ticket.code);
      await expectAccessible(page, `/t/ waiting, ${locale}`);
      await page.context().close();
    }
    // The counter finishes the dossier's citizen, then calls this ticket.
    const finished = await command(counter, 'counter:finish', { commandId: cid(), outcome: 'dossier_received' });
    expect(finished.ok ? 'finished' : finished.error.message.en).toBe('finished');
    const called = await command(counter, 'counter:call-next', { commandId: cid() });
    expect(called.ok ? 'called' : called.error.message.en).toBe('called');
    const page = await phone('vi-VN');
    await page.goto(`${hub.url}/t/${ticket.id}`);
    await expect.poll(() => page.locator('body').innerText()).toContain('quầy');
    await expectAccessible(page, '/t/ called');
    await page.goto(`${hub.url}/t/no-such-ticket`);
    await expectAccessible(page, '/t/ unknown');
    await page.context().close();
  });

  it('the dossier lookup form, a dossier and an unknown code', async () => {
    const page = await phone('vi-VN');
    await page.goto(`${hub.url}/d/`);
    await expectAccessible(page, '/d/ form');
    await page.goto(`${hub.url}/d/${encodeURIComponent(dossierCode)}`);
    await expect.poll(() => page.locator('body').innerText()).toContain('Được tiếp nhận');
    await expectAccessible(page, '/d/<code>');
    await page.goto(`${hub.url}/d/000.00.01.H40-261123-9999-K7QX3M`);
    await expectAccessible(page, '/d/ unknown');
    await page.context().close();
  });
});
