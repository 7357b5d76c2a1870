/**
 * The board and the kiosk on the cheap hardware a hall buys: Chromium with
 * its CPU slowed 4× (DevTools `Emulation.setCPUThrottlingRate`), at a
 * 1366×768 and a 1920×1080 screen.
 *
 * - First paint of a full board (20 counters, 6 recent calls): from the
 *   navigation's start to the frame after the DOM first shows them all
 *   (two animation frames after: the first runs before that frame is
 *   painted, the second after).
 * - Call → number in the board's DOM: a counter's call-next command to the
 *   called code in the DOM (a MutationObserver stamps it; both sides read
 *   the wall clock), one call at a time, counters in turn.
 * - Kiosk: a touch (the pointerdown's own time stamp) → the next screen
 *   painted (welcome ⇄ a department's services), the same two frames.
 */
import type { Browser, Page } from 'playwright-core';
import type { HubClient } from '@luot/hub-client';
import { ensureAppBuilt, ensureBoardBuilt, launchChromium } from '@luot/testing/browser';
import { summarize, sleep, type LatencySummary } from './stats';

export const CPU_SLOWDOWN = 4;
export const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export interface BoardOnScreen {
  screen: string;
  firstPaintMs: number;
  callToDomMs: LatencySummary;
}

export type WeakHardwareResult =
  | { available: true; cpuSlowdown: number; boards: BoardOnScreen[]; kiosk: { screen: string; touchToPaintMs: LatencySummary } }
  | { available: false; reason: string };

const wallNow = () => performance.timeOrigin + performance.now();

/** A page whose CPU runs `CPU_SLOWDOWN` times slower, from before its first script. */
async function slowPage(browser: Browser, screen: { width: number; height: number }, initScript: string): Promise<Page> {
  // bypassCSP: the hub's pages allow no eval, which the bench's waitForFunction strings need.
  const page = await browser.newPage({ viewport: screen, bypassCSP: true });
  await page.addInitScript(initScript);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

// Strings, not functions: tsx's transpiled functions reference a helper (__name) the page lacks.
const PAINTED = `window.__benchPainted = (then) => requestAnimationFrame(() => requestAnimationFrame(() => then(performance.now())));`;

const BOARD_WATCH = `(() => {
  ${PAINTED}
  window.__benchSeen = {};
  window.__benchFull = null;
  const full = () =>
    document.querySelectorAll('[data-testid=counters] li.counter').length >= 10 &&
    document.querySelectorAll('[data-testid=recent] li.recent-row[data-code]').length >= 6 &&
    !!document.querySelector('[data-testid=latest-code]')?.textContent;
  const watch = () => {
    if (window.__benchFull === null && full()) {
      window.__benchFull = 'pending';
      window.__benchPainted((t) => (window.__benchFull = t));
    }
    const code = document.querySelector('[data-testid=latest-code]')?.textContent;
    if (code && window.__benchSeen[code] === undefined) window.__benchSeen[code] = performance.timeOrigin + performance.now();
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

const KIOSK_WATCH = `(() => {
  ${PAINTED}
  window.__benchTouches = [];
  let touchAt = null;
  addEventListener('pointerdown', (e) => (touchAt = e.timeStamp), true);
  let screen = null;
  new MutationObserver(() => {
    const now = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
    if (now === screen) return;
    screen = now;
    if (touchAt === null) return;
    const from = touchAt;
    touchAt = null;
    window.__benchPainted((t) => window.__benchTouches.push(t - from));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen'] });
})()`;

/** Finishes the counter's current citizen (if any), then calls the next; resolves with the command's start and the code. */
async function callNext(counter: HubClient<'counter'>, hasCitizen: boolean): Promise<{ start: number; code: string }> {
  if (hasCitizen) {
    await counter.command('counter:start-serving', {});
    await counter.command('counter:finish', { outcome: 'guided' });
  }
  const start = wallNow();
  const r = await counter.command('counter:call-next', {});
  if (!r.ok || !r.value) throw new Error(`weak hardware: call failed: ${JSON.stringify(r)}`);
  return { start, code: r.value.code };
}

/** Opens the board on a slowed page; resolves with the page once a full board is painted, and when (ms from navigation start). */
export async function boardFirstPaint(
  browser: Browser,
  url: string,
  token: string,
  screen: { width: number; height: number },
  profile = false,
): Promise<{ page: Page; firstPaintMs: number; profile?: unknown }> {
  const page = await slowPage(browser, screen, BOARD_WATCH);
  // Diagnosis only: the page's CPU profile from before the navigation to the first paint.
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${url}/display/?token=${token}`);
  const first = await page.waitForFunction(`typeof window.__benchFull === 'number' && window.__benchFull`, undefined, { timeout: 60_000, polling: 50 });
  const firstPaintMs = Number(await first.jsonValue());
  return { page, firstPaintMs, ...(cdp ? { profile: (await cdp.send('Profiler.stop')).profile } : {}) };
}

async function boardOnScreen(browser: Browser, url: string, token: string, counters: HubClient<'counter'>[], calls: number, screen: { width: number; height: number }): Promise<BoardOnScreen> {
  const { page, firstPaintMs } = await boardFirstPaint(browser, url, token, screen);
  try {
    await sleep(1000); // let the board settle after its first snapshot
    const latencies: number[] = [];
    for (let i = 0; i < calls; i++) {
      const { start, code } = await callNext(counters[i % counters.length]!, true);
      const seenAt = await page.waitForFunction(`window.__benchSeen[${JSON.stringify(code)}]`, undefined, { timeout: 10_000, polling: 10 });
      latencies.push(Number(await seenAt.jsonValue()) - start);
      await sleep(150);
    }
    return { screen: `${screen.width}×${screen.height}`, firstPaintMs: Math.round(firstPaintMs), callToDomMs: summarize(latencies) };
  } finally {
    await page.close();
  }
}

async function kioskTouches(browser: Browser, url: string, token: string, department: string, touches: number): Promise<LatencySummary> {
  const page = await slowPage(browser, SCREENS[1], KIOSK_WATCH);
  try {
    await page.goto(`${url}/kiosk/?token=${token}`);
    await page.locator('[data-screen="welcome"]').waitFor({ timeout: 60_000 });
    await sleep(1000);
    for (let i = 0; i < touches; i++) {
      const forward = i % 2 === 0;
      await page.locator(forward ? `[data-testid="department-${department}"]` : '[data-testid="nav-back"]').click();
      await page.locator(`[data-screen="${forward ? 'services' : 'welcome'}"]`).waitFor({ timeout: 10_000 });
      await page.waitForFunction(`window.__benchTouches.length >= ${i + 1}`, undefined, { timeout: 10_000, polling: 20 });
      await sleep(100);
    }
    const seen = (await page.evaluate('window.__benchTouches')) as number[];
    return summarize(seen);
  } finally {
    await page.close();
  }
}

export interface WeakHardwareSetup {
  url: string;
  displayToken: string;
  kioskToken: string;
  department: string;
  /** Signed-in counters, each with a called citizen (the board shows them and the recent calls). */
  counters: HubClient<'counter'>[];
  calls: number;
  touches: number;
}

export async function weakHardware(setup: WeakHardwareSetup): Promise<WeakHardwareResult> {
  try {
    ensureBoardBuilt();
    ensureAppBuilt('kiosk-app');
  } catch (e) {
    return { available: false, reason: `web build failed: ${(e as Error).message.split('\n')[0]}` };
  }
  const browser = await launchChromium();
  try {
    const boards: BoardOnScreen[] = [];
    for (const screen of SCREENS) boards.push(await boardOnScreen(browser, setup.url, setup.displayToken, setup.counters, setup.calls, screen));
    const touchToPaintMs = await kioskTouches(browser, setup.url, setup.kioskToken, setup.department, setup.touches);
    return { available: true, cpuSlowdown: CPU_SLOWDOWN, boards, kiosk: { screen: `${SCREENS[1].width}×${SCREENS[1].height}`, touchToPaintMs } };
  } finally {
    await browser.close();
  }
}
