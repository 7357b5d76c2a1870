/**
 * The printer is out of paper: the kiosk knows before issuing, says so,
 * offers the ticket on screen with its QR, and the hub learns the printer's
 * state so supervisors see it. When paper is back, tickets print again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceHealthView, PrinterState } from '@luot/protocol';
import { startKioskHarness, type KioskHarness, KIOSK_TOKEN } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket } from './helpers/kiosk-page';
import { connected, createClient } from '../../hub-server/test/helpers/clients';

let h: KioskHarness;

beforeAll(async () => {
  h = await startKioskHarness({ printerState: 'paper_out', params: { screenTicketSeconds: '60', ticketSeconds: '60' } });
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
