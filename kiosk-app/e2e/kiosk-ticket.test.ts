/**
 * A citizen takes tickets at a real kiosk page: by browsing, by searching
 * without diacritics, with priority; the paper carries the number on screen;
 * a closed service shows the hub's own message.
 */
import type { ProcedureView } from '@luot/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket, typeOnScreen } from './helpers/kiosk-page';

let h: KioskHarness;

beforeAll(async () => {
  // Text mode: the ticket's characters travel as bytes the virtual printer keeps.
  h = await startKioskHarness({ printerMode: 'text', params: { ticketSeconds: '60' } });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await openKiosk(h.page, h.kioskUrl);
});

describe('kiosk: taking a ticket', () => {
  it('by browsing: department → service → Lấy số, and the paper carries the number shown', async () => {
    const jobsBefore = h.printer.jobs.length;
    await browseToService(h.page, 'tnmt', 'dat-dai');
    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');
    expect(shown.code).toMatch(/^B\d{3}$/);

    const [job] = (await h.printer.waitForJobs(jobsBefore + 1)).slice(jobsBefore);
    expect(job).toBeDefined();
    expect(job!.decoded.text.includes(Buffer.from(shown.code, 'latin1'))).toBe(true);
    expect(job!.decoded.qrData).toHaveLength(1);
    expect(job!.decoded.qrData[0]).toMatch(new RegExp(`/t/${shown.id}$`));

    const tickets = await h.tickets();
    const issued = tickets.find((t) => t.id === shown.id);
    expect(issued).toMatchObject({ code: shown.code, service: 'dat-dai', priority: 'none', source: 'kiosk', state: 'waiting' });
    await expect(h.page.getByTestId('ticket-instruction').textContent()).resolves.toContain('Mời nhận phiếu');
  });

  it('a priority ticket', async () => {
    await browseToService(h.page, 'tp', 'tu-phap');
    await h.page.getByTestId('take-priority-number').click();
    await h.page.locator('[data-screen="priority"]').waitFor();
    await h.page.getByTestId('priority-elderly').click();
    const shown = await shownTicket(h.page, 'printed');
    await expect(h.page.getByTestId('ticket-priority').textContent()).resolves.toContain('Người cao tuổi');
    const issued = (await h.tickets()).find((t) => t.id === shown.id);
    expect(issued).toMatchObject({ code: shown.code, service: 'tu-phap', priority: 'elderly' });
  });

  it('by searching without diacritics: "dat dai" finds the land procedures, with their guidance', async () => {
    await h.page.getByTestId('open-search').click();
    await typeOnScreen(h.page, 'dat dai');
    await expect(h.page.getByTestId('search-box').textContent()).resolves.toContain('dat dai');
    const results = h.page.locator('[data-testid="search-results"] button');
    await results.first().waitFor();
    const names = await results.allTextContents();
    expect(names.length).toBeGreaterThan(3);
    // The best matches name the land itself; the rest belong to the land service ("Đất đai và môi trường").
    expect(names.slice(0, 3).every((n) => /đất/i.test(n))).toBe(true);
    const catalogue = (await (await fetch(`${h.hub.url}/api/v1/procedures`)).json()) as ProcedureView[];
    const codes = await results.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')?.replace('result-', '') ?? ''));
    const services = codes.map((code) => catalogue.find((p) => p.code === code)?.service);
    // Without accents "dat dai" also reads "đài … đặt" (a radio station): those may come, but after every land procedure.
    const lastLand = services.lastIndexOf('dat-dai');
    expect(lastLand).toBeGreaterThan(2);
    expect(services.slice(0, lastLand + 1).every((s) => s === 'dat-dai')).toBe(true);

    await results.first().click();
    await h.page.locator('[data-screen="procedure"]').waitFor();
    const guidance = await h.page.getByTestId('procedure-guidance').textContent();
    expect(guidance).toContain('Giấy tờ cần mang');
    expect(guidance).toContain('Lệ phí');
    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');
    expect((await h.tickets()).find((t) => t.id === shown.id)?.service).toBe('dat-dai');
  });

  it('"dang ky kinh doanh" finds business registration', async () => {
    await h.page.getByTestId('open-search').click();
    await typeOnScreen(h.page, 'dang ky kinh doanh');
    const first = h.page.locator('[data-testid="search-results"] button').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('Đăng ký thành lập doanh nghiệp');
  });

  it('in English, and the next citizen starts in Vietnamese again', async () => {
    await h.page.getByTestId('lang-switch').click();
    await expect(h.page.locator('.screen-title').textContent()).resolves.toContain('Touch the area');
    await expect(h.page.getByTestId('department-tnmt').textContent()).resolves.toContain('Natural Resources');
    await h.page.getByTestId('department-tnmt').click();
    await h.page.getByTestId('nav-home').click();
    await expect(h.page.locator('.screen-title').textContent()).resolves.toContain('Chạm vào lĩnh vực');
  });

  it('outside opening hours: the hub says when to come back', async () => {
    const before = h.hub.clock.now();
    h.hub.clock.set(before + 10 * 60 * 60 * 1000); // 19:00
    try {
      const ticketsBefore = (await h.tickets()).length;
      await browseToService(h.page, 'tnmt', 'dat-dai');
      await h.page.getByTestId('take-number').click();
      const error = h.page.getByTestId('issue-error');
      await error.waitFor();
      expect(['outside_hours', 'issuing_cut_off', 'service_closed']).toContain(await error.getAttribute('data-error-code'));
      const message = (await h.page.getByTestId('issue-error-message').textContent()) ?? '';
      expect(message.length).toBeGreaterThan(10);
      expect((await h.tickets()).length).toBe(ticketsBefore);
    } finally {
      h.hub.clock.set(before);
    }
  });
});
