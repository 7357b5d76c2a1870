/**
 * The ticket's QR on a phone: the hub's public page shows the people ahead,
 * then "quầy số N" soon after an officer calls the ticket; in the phone's
 * language; read-only, and an id cannot inject anything into the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketView } from '@luot/protocol';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, hallInfo, openKiosk, shownTicket, type ShownTicket } from './helpers/kiosk-page';
import { cid, command, connected, createClient } from '../../hub-server/test/helpers/clients';
import { TICKET_PAGE_POLL_SECONDS } from '@luot/hub-server';

const PHONE = { width: 390, height: 844 } as const;
const COUNTER = 4; // serves xay-dung in the demo hall
const DEMO_PASSWORD = 'luot-demo';

let h: KioskHarness;
/** The hall's public address, which the QR carries (the test hub keeps its default). */
let publicOrigin: string;
const phones: BrowserContext[] = [];

beforeAll(async () => {
  h = await startKioskHarness({ printerMode: 'text', params: { ticketSeconds: '60' } });
  const { hall } = await hallInfo(h.hub.url);
  publicOrigin = new URL(hall.publicUrl || h.hub.url).origin;
});
afterAll(async () => {
  for (const phone of phones) await phone.close().catch(() => undefined);
  await h?.close();
});

/** A phone on the hall's network: the public address reaches the hub (here, the test hub's port). */
async function phonePage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true });
  phones.push(context);
  if (publicOrigin !== new URL(h.hub.url).origin) {
    await context.route(`${publicOrigin}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(publicOrigin, h.hub.url) });
      await route.fulfill({ response });
    });
  }
  return context.newPage();
}

/** Takes a ticket at the kiosk and returns it with the URL its printed QR encodes. */
async function takePrintedTicket(): Promise<ShownTicket & { qrUrl: string }> {
  const jobsBefore = h.printer.jobs.length;
  await openKiosk(h.page, h.kioskUrl);
  await browseToService(h.page, 'xd', 'xay-dung');
  await h.page.getByTestId('take-number').click();
  const shown = await shownTicket(h.page, 'printed');
  const job = (await h.printer.waitForJobs(jobsBefore + 1))[jobsBefore];
  const qrUrl = job?.decoded.qrData[0];
  if (!qrUrl) throw new Error('the printed ticket has no QR');
  return { ...shown, qrUrl };
}

async function staffPost(path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${h.hub.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function officerToken(username: string): Promise<string> {
  const r = await fetch(`${h.hub.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${username}: ${r.status}`);
  return ((await r.json()) as { token: string }).token;
}

const stateOf = (page: Page) => page.locator('body').getAttribute('data-state');
const textOf = async (page: Page, id: string) => ((await page.locator(`#${id}`).textContent()) ?? '').trim();

describe("the ticket's QR page", () => {
  it('shows people ahead, then "quầy số N" within a few seconds of the call, in the phone\'s language', async () => {
    const first = await takePrintedTicket();
    const second = await takePrintedTicket();
    expect(second.qrUrl).toBe(`${publicOrigin}/t/${second.id}`);

    const vi = await phonePage(h.browser, 'vi-VN');
    await vi.goto(second.qrUrl);
    await expect.poll(() => stateOf(vi)).toBe('waiting');
    expect(await textOf(vi, 'code')).toBe(second.code);
    expect(await textOf(vi, 'detail')).toMatch(/^Trước bạn còn 1 người/);
    expect(await textOf(vi, 'updates')).toBe(`Trang tự cập nhật mỗi ${TICKET_PAGE_POLL_SECONDS} giây`);
    expect(await vi.locator('html').getAttribute('lang')).toBe('vi');

    const en = await phonePage(h.browser, 'en-US');
    await en.goto(second.qrUrl);
    await expect.poll(() => stateOf(en)).toBe('waiting');
    expect(await textOf(en, 'detail')).toMatch(/^1 person ahead of you/);
    expect(await en.locator('html').getAttribute('lang')).toBe('en');

    // An officer at counter 4 calls the first ticket over HTTP, then the second.
    const token = await officerToken('canbo04');
    const counter = createClient(h.hub.url, '/counter', token);
    try {
      await connected(counter);
      const signedIn = await command(counter, 'counter:sign-in', { commandId: cid(), counter: COUNTER });
      expect(signedIn.ok).toBe(true);
      const calledFirst = (await (await staffPost(`/counters/${COUNTER}/call-next`, token)).json()) as TicketView;
      expect(calledFirst).toMatchObject({ id: first.id, state: 'called', counter: COUNTER });
      await expect.poll(() => textOf(vi, 'detail'), { timeout: (TICKET_PAGE_POLL_SECONDS + 3) * 1000 }).toBe('Bạn là người tiếp theo');

      expect((await staffPost(`/counters/${COUNTER}/finish`, token, { outcome: 'guided' })).ok).toBe(true);
      const calledSecond = (await (await staffPost(`/counters/${COUNTER}/call-next`, token)).json()) as TicketView;
      expect(calledSecond).toMatchObject({ id: second.id, state: 'called', counter: COUNTER });
      const calledAt = Date.now();
      // One poll period and a margin for a loaded machine: a page left at 10 s would miss this.
      const bound = (TICKET_PAGE_POLL_SECONDS + 3) * 1000;
      await expect.poll(() => textOf(vi, 'state'), { timeout: bound, interval: 100 }).toBe(`Mời bạn đến quầy số ${COUNTER}`);
      expect(Date.now() - calledAt).toBeLessThan(bound);
      expect(await stateOf(vi)).toBe('called');
      expect(await textOf(vi, 'detail')).toBe('');
      await expect.poll(() => textOf(en, 'state'), { timeout: bound, interval: 100 }).toBe(`Please go to counter ${COUNTER}`);
    } finally {
      counter.close();
    }
  });

  it('is read-only and carries no personal data: only GETs of the public status', async () => {
    const ticket = await takePrintedTicket();
    const phone = await phonePage(h.browser, 'vi-VN');
    const requests: string[] = [];
    phone.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path !== '/favicon.ico') requests.push(`${r.method()} ${path}`);
    });
    await phone.goto(ticket.qrUrl);
    await expect.poll(() => stateOf(phone)).toBe('waiting');
    await expect.poll(() => requests.filter((r) => r.startsWith('GET /api/')).length, { timeout: (TICKET_PAGE_POLL_SECONDS * 2 + 3) * 1000 }).toBeGreaterThan(1);
    expect(new Set(requests)).toEqual(new Set([`GET /t/${ticket.id}`, `GET /api/v1/tickets/${ticket.id}`]));
    // What the page reads is the public status only: no name, phone or ID number exists in it.
    const status = (await (await fetch(`${h.hub.url}/api/v1/tickets/${ticket.id}`)).json()) as Record<string, unknown>;
    expect(Object.keys(status).sort()).toEqual(['code', 'counter', 'estimatedWaitMinutes', 'id', 'peopleAhead', 'service', 'serviceName', 'state']);
  });

  it('an unknown number says so; an id with markup cannot run a script in the page', async () => {
    const phone = await phonePage(h.browser, 'vi-VN');
    await phone.goto(`${publicOrigin}/t/khong-co-so-nay`);
    await expect.poll(() => stateOf(phone)).toBe('unknown');
    expect(await textOf(phone, 'state')).toBe('Không tìm thấy số thứ tự này.');

    const dialogs: string[] = [];
    phone.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const injected = encodeURIComponent('x</script><script>window.injected=1;alert(1)</script>');
    await phone.goto(`${publicOrigin}/t/${injected}`);
    await expect.poll(() => stateOf(phone)).toBe('unknown');
    expect(await phone.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
