/**
 * Everything a kiosk e2e test needs, all real: a hub on port 0 (demo hall),
 * a virtual network printer, the local device agent driving it, and Debian's
 * Chromium showing the hub's /kiosk/ page with the agent in its URL.
 */
import type { Browser, Page } from 'playwright-core';
import type { PrinterState, TicketView } from '@luot/protocol';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig, type HallConfig } from '@luot/hub-server';
import { connected, createClient, startTestHub, type TestHub } from '@luot/testing';
import { ensureAppBuilt, launchChromium } from '@luot/testing/browser';
import { agentParams, startPrinterAgent, startVirtualPrinter, type RunningAgent, type VirtualPrinter } from '@luot/testing/devices';

export const KIOSK_TOKEN = 'demo-kiosk-token-1';
/** The demo hall's board: its snapshot holds the day's tickets, a kiosk's does not. */
const DEMO_DISPLAY_TOKEN = 'demo-display-token-1';
export const PORTRAIT = { width: 1080, height: 1920 } as const;
export const LANDSCAPE = { width: 1920, height: 1080 } as const;

export interface HarnessOptions {
  printerState?: PrinterState;
  /** Text mode puts the ticket's characters in the printed bytes, so a test can read them. */
  printerMode?: 'raster' | 'text';
  viewport?: { width: number; height: number };
  /** Kiosk URL parameters besides token and agent (idle, ticketSeconds…). */
  params?: Record<string, string>;
  /** No device agent at all. */
  withoutAgent?: boolean;
  /** Changes to the demo hall (a small daily cap…). */
  hall?: (demo: HallConfig) => HallConfig;
}

export interface KioskHarness {
  hub: TestHub;
  printer: VirtualPrinter;
  agent: RunningAgent | null;
  browser: Browser;
  page: Page;
  kioskUrl: string;
  /** Today's tickets as the hub reports them (a fresh board's snapshot). */
  tickets(): Promise<TicketView[]>;
  close(): Promise<void>;
}

export async function startKioskHarness(options: HarnessOptions = {}): Promise<KioskHarness> {
  ensureAppBuilt('kiosk-app');
  const hub = await startTestHub(options.hall ? { config: options.hall(loadHallConfig(DEMO_HALL_CONFIG_PATH)) } : {});
  const printer = await startVirtualPrinter({ port: 0, state: options.printerState ?? 'online' });
  let agent: RunningAgent | null = null;
  let browser: Browser | null = null;
  try {
    if (!options.withoutAgent) {
      agent = await startPrinterAgent(hub.url, printer.target, { mode: options.printerMode ?? 'raster', statusPollMs: 500 });
    }
    const params = new URLSearchParams({ token: KIOSK_TOKEN, ...(agent ? agentParams(agent) : {}), ...options.params });
    const kioskUrl = `${hub.url}/kiosk/?${params.toString()}`;
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: options.viewport ?? PORTRAIT, locale: 'vi-VN' });
    const runningAgent = agent;
    const runningBrowser = browser;
    return {
      hub,
      printer,
      agent,
      browser,
      page,
      kioskUrl,
      async tickets() {
        // A board's snapshot: a kiosk's carries loads, not tickets.
        const socket = createClient(hub.url, '/display', DEMO_DISPLAY_TOKEN);
        try {
          return (await connected(socket)).tickets;
        } finally {
          socket.close();
        }
      },
      async close() {
        await runningBrowser.close().catch(() => undefined);
        await runningAgent?.close().catch(() => undefined);
        await printer.close().catch(() => undefined);
        await hub.close().catch(() => undefined);
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await agent?.close().catch(() => undefined);
    await printer.close();
    await hub.close();
    throw err;
  }
}
