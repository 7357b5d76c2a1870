/**
 * The A4 print of the period report in Chromium: the hall's header is there,
 * every table fits the printable width of an A4 sheet (210 mm less two 15 mm
 * margins), and Chromium's PDF of it has A4 pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { Browser } from 'playwright-core';
import { TEST_TOKENS, cid, command, connected, dossierHallConfig, login, officerAt, openSocket, startTestHub, type TestHub } from '@luot/testing';
import { launchChromium } from '@luot/testing/browser';

let hub: TestHub;
const config = dossierHallConfig();
let browser: Browser;
const sockets: Socket[] = [];
let supervisor: string;
/** 180 mm at CSS's 96 px per inch. */
const PRINTABLE_PX = Math.floor((180 / 25.4) * 96);

beforeAll(async () => {
  hub = await startTestHub({ config, serveApps: false, now: Date.parse('2026-11-23T08:00:00+07:00') });
  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const officer = await officerAt(hub, sockets, 'canbo01', 1);
  for (const service of ['DATDAI', 'DKKD']) {
    await command(kiosk, 'ticket:issue', { commandId: cid(), service });
    hub.clock.set(hub.clock.now() + 5 * 60_000);
    await command(officer, 'counter:call-next', { commandId: cid() });
    await command(officer, 'counter:start-serving', { commandId: cid() });
    hub.clock.set(hub.clock.now() + 7 * 60_000);
    await command(officer, 'counter:finish', { commandId: cid(), outcome: 'guided' });
  }
  supervisor = (await login(hub.url, 'giamsat')).token;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

describe('the A4 print of the period report', () => {
  it('has the hall header, tables within an A4 sheet, and prints to A4 pages', async () => {
    const page = await browser.newPage({ viewport: { width: PRINTABLE_PX, height: 1000 } });
    await page.setExtraHTTPHeaders({ authorization: `Bearer ${supervisor}` });
    const res = await page.goto(`${hub.url}/api/v1/reports.html?period=month&date=2026-11-23`);
    expect(res?.status()).toBe(200);
    await page.emulateMedia({ media: 'print' });
    const header = await page.locator('header').innerText();
    expect(header).toContain(config.hall.name.vi.toUpperCase());
    expect(header).toContain(config.hall.address);
    expect(header).toContain('BÁO CÁO KẾT QUẢ PHỤC VỤ');
    expect(header).toContain('01/11/2026 – 30/11/2026');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tables: [...document.querySelectorAll('table')].map((t) => ({ id: t.id, width: t.getBoundingClientRect().width, overflow: t.scrollWidth > t.clientWidth })),
    }));
    expect(widths.tables.map((t) => t.id)).toEqual(['summary', 'departments']);
    expect(widths.page).toBeLessThanOrEqual(PRINTABLE_PX);
    for (const t of widths.tables) {
      expect(t.width, t.id).toBeLessThanOrEqual(PRINTABLE_PX);
      expect(t.overflow, t.id).toBe(false);
    }
    expect(await page.locator('#summary').innerText()).toContain('Đã phục vụ\t2');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    // Every page A4: 595.28 × 841.89 PDF points (Chromium writes them to within a point).
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) {
      expect(Math.abs(w - 595.28)).toBeLessThan(1);
      expect(Math.abs(h - 841.89)).toBeLessThan(1);
    }
    await page.close();
  });

  it('is for supervisors and admins only', async () => {
    expect((await fetch(`${hub.url}/api/v1/reports.html?period=month`)).status).toBe(401);
    const officer = (await login(hub.url, 'canbo01')).token;
    expect((await fetch(`${hub.url}/api/v1/reports.html?period=month`, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
  });
});
