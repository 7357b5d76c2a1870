/**
 * The printer is out of paper or offline (refusing connections, dropping
 * them, or silent): the kiosk knows before issuing, says so, offers the
 * ticket on screen with its QR, and the hub learns the printer's state so
 * supervisors see it. When paper is back, tickets print again. A printer that
 * fails after the ticket was issued loses nothing: the ticket is on screen
 * with its QR and the citizen is told the paper did not come.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceHealthView, PrinterState } from '@luot/protocol';
import type { OfflineMode } from '@luot/testing/devices';
import { startKioskHarness, type KioskHarness, KIOSK_TOKEN } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket } from './helpers/kiosk-page';
import { connected, createClient } from '@luot/testing';

let h: KioskHarness;

beforeAll(async () => {
  h = await startKioskHarness({ printerState: 'paper_out', params: { screenTicketSeconds: '60', ticketSeconds: '30' } });
});
afterAll(async () => {
  await h?.close();
});

/** The kiosk's printer as the hub's snapshot shows it to supervisors. */
async function kioskPrinterOnHub(): Promise<PrinterState | null> {
  const socket = createClient(h.hub.url, '/kiosk', KIOSK_TOKEN);
  try {
    const snapshot = await connected(socket);
    const kiosks = snapshot.devices.filter((d: DeviceHealthView) => d.role === 'kiosk' && d.printer !== null);
    return kiosks[0]?.printer ?? null;
  } finally {
    socket.close();
  }
}

async function eventually<T>(read: () => Promise<T>, want: T, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (last !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  return last;
}

describe('kiosk: printer out of paper', () => {
  it('says so before issuing, gives the ticket on screen with its QR, and tells the hub', async () => {
    await openKiosk(h.page, h.kioskUrl);
    await expect(eventually(kioskPrinterOnHub, 'paper_out')).resolves.toBe('paper_out');

    await browseToService(h.page, 'xd', 'xay-dung');
    await h.page.getByTestId('take-number').click();
    const problem = h.page.getByTestId('printer-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-printer-state')).toBe('paper_out');
    await expect(problem.textContent()).resolves.toContain('Máy in đã hết giấy');
    expect(await h.tickets()).toHaveLength(0); // nothing issued before the citizen agrees

    await h.page.getByTestId('take-on-screen').click();
    const shown = await shownTicket(h.page, 'skipped');
    const qr = h.page.getByTestId('ticket-qr');
    expect(await qr.getAttribute('data-url')).toMatch(new RegExp(`/t/${shown.id}$`));
    await h.page.locator('[data-testid="ticket-qr"] img').waitFor();
    expect(h.printer.jobs).toHaveLength(0);
    const tickets = await h.tickets();
    expect(tickets.map((t) => t.code)).toEqual([shown.code]);
  });

  it('prints again once paper is back, and the hub sees the printer online', async () => {
    await h.printer.setState('online');
    await expect(eventually(kioskPrinterOnHub, 'online')).resolves.toBe('online');
    await openKiosk(h.page, h.kioskUrl);
    await browseToService(h.page, 'xd', 'xay-dung');
    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');
    expect(shown.code).toMatch(/^C\d{3}$/);
    await h.printer.waitForJobs(1);
  });
});

describe('kiosk: printer offline', () => {
  it.each<OfflineMode>(['refuse', 'drop', 'silent'])('offline (%s): said before issuing, the ticket on screen, the hub told', async (mode) => {
    await h.printer.setState('offline', mode);
    await expect(eventually(kioskPrinterOnHub, 'offline')).resolves.toBe('offline');
    const jobsBefore = h.printer.jobs.length;
    const ticketsBefore = (await h.tickets()).length;

    await openKiosk(h.page, h.kioskUrl);
    await browseToService(h.page, 'xd', 'xay-dung');
    await h.page.getByTestId('take-number').click();
    const problem = h.page.getByTestId('printer-problem');
    await problem.waitFor({ timeout: 10_000 });
    expect(await problem.getAttribute('data-printer-state')).toBe('offline');
    await expect(problem.textContent()).resolves.toContain('Máy in đang không hoạt động');
    expect(await h.tickets()).toHaveLength(ticketsBefore);

    await h.page.getByTestId('take-on-screen').click();
    const shown = await shownTicket(h.page, 'skipped');
    expect(await h.page.getByTestId('ticket-qr').getAttribute('data-url')).toMatch(new RegExp(`/t/${shown.id}$`));
    await h.page.locator('[data-testid="ticket-qr"] img').waitFor();
    expect((await h.tickets()).find((t) => t.id === shown.id)).toMatchObject({ code: shown.code, state: 'waiting' });
    expect(h.printer.jobs).toHaveLength(jobsBefore);
  });

  it('a print that fails after the ticket was issued: the ticket stays on screen with its QR, nothing is lost, the citizen is told', async () => {
    await h.printer.setState('online');
    await expect(eventually(kioskPrinterOnHub, 'online')).resolves.toBe('online');
    const jobsBefore = h.printer.jobs.length;
    // The printer is fine when asked before issuing, and goes off (cable pulled) just as the ticket is sent to it.
    const agentUrl = h.agent?.url ?? '';
    let printsTried = 0;
    await h.page.route(`${agentUrl}/print`, async (route) => {
      printsTried++;
      await h.printer.setState('offline', 'drop');
      await route.continue();
    });
    try {
      await openKiosk(h.page, h.kioskUrl);
      await browseToService(h.page, 'xd', 'xay-dung');
      await h.page.getByTestId('take-number').click();
      const shown = await shownTicket(h.page, 'failed');
      expect(printsTried).toBe(1);

      // The hub issued it and keeps it: the number shown is the citizen's place in the queue.
      const issued = (await h.tickets()).find((t) => t.id === shown.id);
      expect(issued).toMatchObject({ code: shown.code, service: 'xay-dung', state: 'waiting' });
      expect(h.printer.jobs).toHaveLength(jobsBefore);

      expect(await h.page.getByTestId('ticket-qr').getAttribute('data-url')).toMatch(new RegExp(`/t/${shown.id}$`));
      await h.page.locator('[data-testid="ticket-qr"] img').waitFor();
      const notice = (await h.page.getByTestId('ticket-not-printed').textContent()) ?? '';
      expect(notice).toContain('Không in được phiếu');
      expect(notice).toMatch(/vẫn giữ chỗ/);
      // It stays up long enough to read or photograph (the on-screen time, not the printed one).
      await expect(h.page.getByTestId('ticket-done').textContent()).resolves.toMatch(/Về trang đầu sau (60|59|58|57) giây/);
      // The failed print made the kiosk ask the printer at once: the hub hears "offline" now.
      await expect(eventually(kioskPrinterOnHub, 'offline')).resolves.toBe('offline');
    } finally {
      await h.page.unroute(`${agentUrl}/print`);
      await h.printer.setState('online');
    }
  });
});
