/**
 * Everything a counter e2e test needs, all real: a hub on port 0 (demo hall),
 * optionally the local device agent with a keypad, an LED sign and a rating
 * pad on socat pseudo-terminals played by @luot/hardware's simulators, and
 * Debian's Chromium on the hub's /counter/ or /admin/ page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { IssuedTicket, PriorityClass } from '@luot/protocol';
import { startAgent, type RunningAgent } from '../../../hardware/src/agent/start-agent';
import { parseDeviceServiceConfig } from '../../../hardware/src/device-service-config';
import { SerialPtyPair } from '../../../hardware/src/simulators/serial-pty-pair';
import { KeypadSimulator } from '../../../hardware/src/simulators/serial-keypad-sim';
import { SignSimulator } from '../../../hardware/src/simulators/serial-sign-sim';
import { RatingPadSimulator } from '../../../hardware/src/simulators/serial-rating-pad-sim';
import { startVirtualPrinter, type VirtualPrinter } from '../../../hardware/src/simulators/virtual-printer';
import { startTestHub, type TestHub } from '../../../hub-server/test/helpers/test-hub';
import type { HallConfig } from '@luot/hub-server';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '@luot/hub-server';
import { launchChromium } from '../../../e2e/helpers/chromium';
import { ensureAppBuilt } from '../../../e2e/helpers/web-apps';

export const DEMO_PASSWORD = 'luot-demo';
export const KIOSK_TOKEN = 'demo-kiosk-token-1';
export const SCREEN = { width: 1600, height: 900 } as const;

export interface CounterDevices {
  agent: RunningAgent;
  keypad: KeypadSimulator;
  sign: SignSimulator;
  ratingPad: RatingPadSimulator;
}

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

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts the agent with a keypad, a sign and a rating pad for `counter`, each on its own pty pair. */
async function startDevices(
  hubUrl: string,
  counter: number,
  cleanups: (() => Promise<unknown>)[],
): Promise<CounterDevices> {
  const pairs = await Promise.all([SerialPtyPair.create(), SerialPtyPair.create(), SerialPtyPair.create()]);
  for (const p of pairs) cleanups.push(() => p.close());
  const [keypadPair, signPair, padPair] = pairs as [SerialPtyPair, SerialPtyPair, SerialPtyPair];
  const keypad = new KeypadSimulator(keypadPair.devicePath, counter);
  const sign = new SignSimulator(signPair.devicePath);
  const ratingPad = new RatingPadSimulator(padPair.devicePath);
  for (const sim of [keypad, sign, ratingPad]) {
    await sim.open();
    cleanups.push(() => sim.close());
  }
  const parsed = parseDeviceServiceConfig({
    statusPollMs: 60_000,
    serial: {
      keypad: { path: keypadPair.hostPath, counter },
      sign: { path: signPair.hostPath, counter },
      ratingPad: { path: padPair.hostPath, scale: 3 },
    },
    agent: { port: 0, allowedOrigins: [hubUrl] },
  });
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const agent = await startAgent({ config: parsed.value });
  cleanups.push(() => agent.close());
  await until(
    () => agent.service.connections().filter((c) => c.connected).length === 3,
    10_000,
    'the three serial devices',
  );
  return { agent, keypad, sign, ratingPad };
}

/** The device agent with only a receipt printer (raster, 80 mm) at `target`. */
async function startPrinterAgent(hubUrl: string, target: string): Promise<RunningAgent> {
  const parsed = parseDeviceServiceConfig({
    printer: { target, mode: 'raster', timeoutMs: 1500 },
    statusPollMs: 60_000,
    agent: { port: 0, allowedOrigins: [hubUrl] },
  });
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return startAgent({ config: parsed.value });
}

export async function startCounterHarness(
  options: {
    devices?: boolean;
    counter?: number;
    printer?: boolean;
    /** Changes to the demo hall's config (e.g. a hall that starts serving on the call). */
    hall?: (demo: HallConfig) => HallConfig;
  } = {},
): Promise<CounterHarness> {
  ensureAppBuilt('counter-app');
  const cleanups: (() => Promise<unknown>)[] = [];
  const hub = await startTestHub(options.hall ? { config: options.hall(loadHallConfig(DEMO_HALL_CONFIG_PATH)) } : {});
  cleanups.push(() => hub.close());
  try {
    const devices = options.devices ? await startDevices(hub.url, options.counter ?? 1, cleanups) : null;
    let printer: VirtualPrinter | null = null;
    let printerAgent: RunningAgent | null = null;
    if (options.printer) {
      if (devices) throw new Error('the harness starts a printer agent without serial devices only');
      printer = await startVirtualPrinter({ port: 0 });
      cleanups.push(() => printer!.close());
      printerAgent = await startPrinterAgent(hub.url, printer.target);
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
