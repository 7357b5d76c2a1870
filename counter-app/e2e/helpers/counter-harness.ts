/**
 * Everything a counter e2e test needs, all real: a hub on port 0 (demo hall),
 * optionally the local device agent with a keypad, an LED sign and a rating
 * pad on socat pseudo-terminals played by @luot/hardware's simulators, and
 * Debian's Chromium on the hub's /counter/ or /admin/ page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { IssuedTicket, PriorityClass } from '@luot/protocol';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig, type HallConfig } from '@luot/hub-server';
import { startTestHub, type TestHub } from '@luot/testing';
import { ensureAppBuilt, launchChromium } from '@luot/testing/browser';
import { startCounterDevices, startPrinterAgent, startVirtualPrinter, type CounterDevices, type RunningAgent, type VirtualPrinter } from '@luot/testing/devices';

export const DEMO_PASSWORD = 'luot-demo';
export const KIOSK_TOKEN = 'demo-kiosk-token-1';
export const SCREEN = { width: 1600, height: 900 } as const;

export type { CounterDevices };

export interface CounterHarness {
  hub: TestHub;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  devices: CounterDevices | null;
  /** The counter's receipt printer (a virtual network printer behind the agent), when asked for. */
  printer: VirtualPrinter | null;
  /** `/counter/` with the agent's parameters when devices or the printer are on. */
  counterUrl: string;
  adminUrl: string;
  /** Issues a ticket over the hub's HTTP API as the demo kiosk, one hub second after the previous. */
  issue(service: string, priority?: PriorityClass): Promise<IssuedTicket>;
  close(): Promise<void>;
}

export async function startCounterHarness(
  options: {
    devices?: boolean;
    counter?: number;
    printer?: boolean;
    /** Changes to the demo hall's config (e.g. a hall that starts serving on the call). */
    hall?: (demo: HallConfig) => HallConfig;
    /** Run the hub as a real hall (default: the demo), whose config-given passwords must be changed first. */
    realHall?: boolean;
  } = {},
): Promise<CounterHarness> {
  ensureAppBuilt('counter-app');
  const cleanups: (() => Promise<unknown>)[] = [];
  const hub = await startTestHub({
    ...(options.hall ? { config: options.hall(loadHallConfig(DEMO_HALL_CONFIG_PATH)) } : {}),
    ...(options.realHall ? { demo: false } : {}),
  });
  cleanups.push(() => hub.close());
  try {
    const devices = options.devices ? await startCounterDevices(hub.url, options.counter ?? 1, cleanups) : null;
    let printer: VirtualPrinter | null = null;
    let printerAgent: RunningAgent | null = null;
    if (options.printer) {
      if (devices) throw new Error('the harness starts a printer agent without serial devices only');
      printer = await startVirtualPrinter({ port: 0 });
      cleanups.push(() => printer!.close());
      printerAgent = await startPrinterAgent(hub.url, printer.target, { mode: 'raster', statusPollMs: 60_000 });
      cleanups.push(() => printerAgent!.close());
    }
    const agent = devices?.agent ?? printerAgent;
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const context = await browser.newContext({ viewport: SCREEN, locale: 'vi-VN' });
    const page = await context.newPage();
    const params = agent ? `?${new URLSearchParams({ agent: agent.url, agentToken: agent.token }).toString()}` : '';
    return {
      hub,
      browser,
      context,
      page,
      devices,
      printer,
      counterUrl: `${hub.url}/counter/${params}`,
      adminUrl: `${hub.url}/admin/`,
      async issue(service, priority = 'none') {
        // A second apart: tickets issued at the very same instant have no defined order.
        hub.clock.advance(1_000);
        const res = await fetch(`${hub.url}/api/v1/tickets`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KIOSK_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ service, priority }),
        });
        if (res.status !== 201) throw new Error(`issue ${service}: ${res.status} ${await res.text()}`);
        return (await res.json()) as IssuedTicket;
      },
      async close() {
        for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      },
    };
  } catch (err) {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    throw err;
  }
}

/** Signs an officer in at a counter on the officer console. */
export async function signInOfficer(
  page: Page,
  url: string,
  username: string,
  counter: number,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(url);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  const field = page.locator('[name="counter"]');
  // A list when the hub names its counters, a number field otherwise.
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(String(counter));
  else await field.fill(String(counter));
  await page.locator('button[type="submit"]').click();
}

/** The big number on the console. */
export const currentCode = (page: Page) => page.getByTestId('current-code');
export const actionButton = (page: Page, action: string) => page.locator(`button[data-action="${action}"]`);

/**
 * Presses a shortcut once the action's button is enabled: a key pressed while
 * the previous command is still in flight is dropped on purpose (one press,
 * one command), so tests wait like an officer would.
 */
export async function pressWhenReady(page: Page, action: string, key: string): Promise<void> {
  const button = actionButton(page, action);
  const deadline = Date.now() + 10_000;
  while (!(await button.isEnabled())) {
    if (Date.now() > deadline)
      throw new Error(
        `${action} stayed disabled; notice: ${await page
          .getByTestId('notice')
          .textContent()
          .catch(() => null)}`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
  await page.keyboard.press(key);
}

/**
 * Waits until no command is in flight. The console drops any press made while
 * its previous command awaits the hub's ack (one press, one command), and says
 * nothing about it; the hub broadcasts a change before it acks it, so the new
 * state can be on screen while the command is still in flight. A test that
 * presses a key which should be refused with a notice must wait for this, not
 * for the state. "Reactivate" is offered in every state, so its button is
 * enabled exactly when the console is idle.
 */
export async function waitUntilIdle(page: Page): Promise<void> {
  await actionButton(page, 'reactivate').waitFor({ state: 'visible' });
  const deadline = Date.now() + 10_000;
  while (!(await actionButton(page, 'reactivate').isEnabled())) {
    if (Date.now() > deadline) throw new Error('the console stayed busy: a command was never acknowledged');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Presses a shortcut that cannot act now (so the console should say why), once the console is idle. */
export async function pressWhenIdle(page: Page, key: string): Promise<void> {
  await waitUntilIdle(page);
  await page.keyboard.press(key);
}

/**
 * Finishes the current ticket the officer's way, F4 then the outcome's digit,
 * pressing the digit only once the outcome dialog is up (a key pressed before
 * it listens would be lost on a loaded machine).
 */
export async function finishWithKey(page: Page, digit: '1' | '2' | '3' | '4'): Promise<void> {
  await pressWhenReady(page, 'finish', 'F4');
  await page.locator('button[data-outcome]').first().waitFor({ state: 'visible' });
  await page.keyboard.press(digit);
}

/** Waits for a called number on the big panel, naming the notice if none comes. */
export async function waitForCalledCode(page: Page): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = (await currentCode(page).textContent()) ?? '';
    if (/^[A-Z0-9]{1,2}\d{3}$/.test(text)) return text;
    if (Date.now() > deadline)
      throw new Error(
        `no number called; notice: ${await page
          .getByTestId('notice')
          .textContent()
          .catch(() => null)}`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
}
