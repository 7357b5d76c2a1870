/**
 * Everything a kiosk e2e test needs, all real: a hub on port 0 (demo hall),
 * a virtual network printer, the local device agent driving it, and Debian's
 * Chromium showing the hub's /kiosk/ page with the agent in its URL.
 */
import type { Browser, Page } from 'playwright-core';
import type { PrinterState, TicketView } from '@luot/protocol';
import { startAgent, type RunningAgent } from '../../../hardware/src/agent/start-agent';
import { parseDeviceServiceConfig } from '../../../hardware/src/device-service-config';
import { startVirtualPrinter, type VirtualPrinter } from '../../../hardware/src/simulators/virtual-printer';
import type { HallConfig } from '@luot/hub-server';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '@luot/hub-server';
import { startTestHub, type TestHub } from '../../../hub-server/test/helpers/test-hub';
import { launchChromium } from '../../../e2e/helpers/chromium';
import { ensureAppBuilt } from '../../../e2e/helpers/web-apps';

export const KIOSK_TOKEN = 'demo-kiosk-token-1';
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
  /** Today's tickets as the hub's public API reports them (via a fresh kiosk-visible snapshot). */
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
      const parsed = parseDeviceServiceConfig({
        printer: { target: printer.target, mode: options.printerMode ?? 'raster', ...(options.printerMode === 'text' ? { codepage: 'tcvn3' } : {}), timeoutMs: 1500 },
        statusPollMs: 500,
        agent: { port: 0, allowedOrigins: [hub.url] },
      });
      if (!parsed.ok) throw new Error(parsed.error.message.en);
      agent = await startAgent({ config: parsed.value });
    }
    const params = new URLSearchParams({ token: KIOSK_TOKEN, ...(agent ? { agent: agent.url, agentToken: agent.token } : {}), ...options.params });
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
        const { createClient, connected } = await import('../../../hub-server/test/helpers/clients');
        const socket = createClient(hub.url, '/kiosk', KIOSK_TOKEN);
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
