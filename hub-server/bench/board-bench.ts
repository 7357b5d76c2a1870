/**
 * End to end with a real board: from a counter's call-next command to the
 * called number in the board's DOM, in Debian's Chromium. A MutationObserver
 * in the page stamps when each new number appears; both sides read the same
 * wall clock (performance.timeOrigin + now()).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HubClient } from '@luot/hub-client';
import { BOARD_ROOT, ensureBoardBuilt, launchChromium } from '@luot/testing/browser';
import { summarize, sleep, type LatencySummary } from './stats';

export type BoardResult = { available: true; latencyMs: LatencySummary } | { available: false; reason: string };

const wallNow = () => performance.timeOrigin + performance.now();

export async function boardCallLatency(url: string, displayToken: string, counter: HubClient<'counter'>, calls: number): Promise<BoardResult> {
  if (!existsSync(join(BOARD_ROOT, 'src'))) return { available: false, reason: 'display-board not in the tree' };
  try {
    ensureBoardBuilt();
  } catch (e) {
    return { available: false, reason: `board build failed: ${(e as Error).message.split('\n')[0]}` };
  }
  const browser = await launchChromium();
  try {
    // bypassCSP: the hub's pages allow no eval, which waitForFunction's strings need.
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, bypassCSP: true });
    await page.goto(`${url}/display/?token=${displayToken}`);
    await page.waitForSelector('[data-testid=latest]', { timeout: 30_000 });
    // A string, not a function: tsx's transpiled functions reference a helper (__name) the page lacks.
    await page.evaluate(`(() => {
      window.__benchSeen = {};
      const stamp = () => {
        const code = document.querySelector('[data-testid=latest-code]')?.textContent;
        if (code && window.__benchSeen[code] === undefined) window.__benchSeen[code] = performance.timeOrigin + performance.now();
      };
      new MutationObserver(stamp).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await sleep(1000); // let the board settle after its first snapshot
    const latencies: number[] = [];
    for (let i = 0; i < calls; i++) {
      const start = wallNow();
      const r = await counter.command('counter:call-next', {});
      if (!r.ok || !r.value) throw new Error(`board call failed: ${JSON.stringify(r)}`);
      const code = r.value.code;
      const seenAt = await page.waitForFunction(`window.__benchSeen[${JSON.stringify(code)}]`, undefined, { timeout: 10_000, polling: 50 });
      latencies.push(Number(await seenAt.jsonValue()) - start);
      await counter.command('counter:start-serving', {});
      await counter.command('counter:finish', { outcome: 'guided' });
      await sleep(300); // one call at a time, as a board's announcer expects
    }
    return { available: true, latencyMs: summarize(latencies) };
  } finally {
    await browser.close();
  }
}
