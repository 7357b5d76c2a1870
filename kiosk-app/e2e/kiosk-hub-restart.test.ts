/**
 * The hub goes away mid-visit: the kiosk says "Tạm ngừng phục vụ", reconnects
 * by itself, and the visit goes on. A tap whose answer is lost is retried with
 * the same commandId, so the citizen never gets two tickets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket } from './helpers/kiosk-page';

let h: KioskHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('kiosk: the hub restarts', () => {
  it('shows "Tạm ngừng phục vụ" while the hub is away, then the visit continues with one ticket', async () => {
    h = await startKioskHarness({ params: { ticketSeconds: '60' } });
    await openKiosk(h.page, h.kioskUrl);
    await browseToService(h.page, 'gtvt', 'giao-thong');

    const outage = h.page.getByTestId('out-of-service');
    const seen = outage.waitFor({ state: 'visible', timeout: 15_000 });
    await h.hub.restart();
    await seen;
    await expect(outage.textContent()).resolves.toContain('Tạm ngừng phục vụ');
    await outage.waitFor({ state: 'detached', timeout: 15_000 });
    // Still where the citizen was.
    await h.page.locator('[data-screen="service"]').waitFor();

    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');
    const tickets = await h.tickets();
    expect(tickets.map((t) => t.id)).toEqual([shown.id]);
  });

  it('a lost acknowledgement is retried with the same commandId: one ticket, the one shown', async () => {
    h = await startKioskHarness({ params: { ticketSeconds: '60' } });
    const issueCommands: string[] = [];
    let dropped = 0;
    // Between page and hub: the first ticket:issue ack never reaches the page and the link drops.
    await h.page.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (typeof message === 'string' && message.includes('"ticket:issue"')) {
          issueCommands.push(/"commandId":"([^"]+)"/.exec(message)?.[1] ?? '?');
        }
        server.send(message);
      });
      server.onMessage((message) => {
        if (dropped === 0 && typeof message === 'string' && message.startsWith('43/kiosk,') && message.includes('"ticket"')) {
          dropped += 1;
          void ws.close();
          return;
        }
        ws.send(message);
      });
    });
    await openKiosk(h.page, h.kioskUrl);
    await browseToService(h.page, 'ct', 'cong-thuong');
    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');

    expect(dropped).toBe(1);
    expect(issueCommands.length).toBeGreaterThanOrEqual(2);
    expect(new Set(issueCommands).size).toBe(1);
    const tickets = await h.tickets();
    expect(tickets.map((t) => t.id)).toEqual([shown.id]);
    expect(h.printer.jobs).toHaveLength(1);
  });

  it('a link accepted and dropped before the handshake does not stall reconnection', async () => {
    h = await startKioskHarness();
    let cut = false;
    const open = new Set<WebSocketRoute>();
    await h.page.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (cut) return void ws.close();
      open.add(ws);
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => ws.send(m));
      ws.onClose(() => open.delete(ws));
    });
    await openKiosk(h.page, h.kioskUrl);
    cut = true;
    for (const ws of [...open]) await ws.close();
    const outage = h.page.getByTestId('out-of-service');
    await outage.waitFor();
    await h.page.waitForTimeout(2000);
    cut = false;
    await outage.waitFor({ state: 'detached', timeout: 20_000 });
    await browseToService(h.page, 'gtvt', 'giao-thong');
  });
});
