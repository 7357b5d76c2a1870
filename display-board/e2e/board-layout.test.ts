/**
 * The board's layout against a real hub with a big hall (20 open counters) in
 * Debian's Chromium: every counter is shown — inside its panel, covered by
 * nothing — in landscape and portrait (page by page when they do not fit at
 * a readable size), and the key numbers are drawn large enough to read from
 * 15 m on a 55″ TV (README "Reading from 15 m").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '@luot/testing';
import { ensureBoardBuilt, launchChromium } from '@luot/testing/browser';
import { DEMO_DISPLAY_TOKEN, issueTicket, Officer } from './helpers/hall-driver';
import { largeHallConfig, officerName } from './helpers/large-hall';

const COUNTERS = 20;
const PAUSED = 7;

let hub: TestHub;
let browser: Browser;
const officers: Officer[] = [];

beforeAll(async () => {
  ensureBoardBuilt();
  const config = largeHallConfig(COUNTERS);
  hub = await startTestHub({ config });
  browser = await launchChromium();
  for (const c of config.counters) {
    await issueTicket(hub.url, c.services[0]!);
    hub.clock.advance(1000);
  }
  for (const c of config.counters) {
    const officer = await Officer.signIn(hub.url, officerName(c.number), c.number);
    officers.push(officer);
    if (c.number === PAUSED) await officer.pause('Nghỉ giữa giờ');
    else await officer.callNext();
    hub.clock.advance(1000);
  }
}, 120_000);

afterAll(async () => {
  officers.forEach((o) => o.close());
  await browser?.close();
  await hub?.close();
});

async function open(width: number, height: number, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${hub.url}/display/?token=${DEMO_DISPLAY_TOKEN}&voice=none${query}`);
  await page.waitForFunction(() => window.__luotBoard?.seq !== null && window.__luotBoard?.connected === true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

interface CounterCheck {
  counter: string;
  problems: string[];
}

/** Each counter on screen now: inside the panel, its name and number unclipped, the topmost thing at its points. */
/**
 * The counters drawn now and the page mark they belong to, read in one go in
 * the page: the board flips pages on a timer, so a mark read apart from the
 * counters could name the page before or after them.
 */
function checkVisibleCounters(page: Page): Promise<{ page: string; counters: CounterCheck[] }> {
  return page.evaluate(() => {
    const mark = document.querySelector<HTMLElement>('[data-testid=counters-page]');
    const panel = document.querySelector('[data-testid=counters]')!.getBoundingClientRect();
    const inside = (r: DOMRect, o: DOMRect) => r.left >= o.left - 0.5 && r.right <= o.right + 0.5 && r.top >= o.top - 0.5 && r.bottom <= o.bottom + 0.5;
    const counters = [...document.querySelectorAll<HTMLElement>('.counter')].map((li) => {
      const box = li.getBoundingClientRect();
      const problems: string[] = [];
      if (!inside(box, panel)) problems.push(`box ${JSON.stringify(box)} outside the panel ${JSON.stringify(panel)}`);
      for (const part of li.querySelectorAll<HTMLElement>('.counter-title, .counter-code')) {
        if (!inside(part.getBoundingClientRect(), box) || part.scrollWidth > part.clientWidth + 1) problems.push(`${part.className} clipped`);
      }
      const points: Array<[number, number]> = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 6, box.top + 6],
        [box.right - 6, box.top + 6],
        [box.left + 6, box.bottom - 6],
        [box.right - 6, box.bottom - 6],
      ];
      for (const [x, y] of points) {
        const top = document.elementFromPoint(x, y);
        if (!top || !li.contains(top)) problems.push(`covered at ${Math.round(x)},${Math.round(y)} by ${top?.className || top?.tagName}`);
      }
      return { counter: li.dataset.counter ?? '?', problems };
    });
    return { page: mark?.dataset.page ?? '1', counters };
  });
}

/** Watches the counters panel page by page until every page was seen; returns the counters seen. */
async function everyCounterShown(page: Page): Promise<string[]> {
  const seen = new Map<string, string[]>();
  const pages = new Set<string>();
  const deadline = Date.now() + 30_000;
  let total = 1;
  while (Date.now() < deadline) {
    const mark = page.getByTestId('counters-page');
    const current = (await mark.count()) > 0 ? ((await mark.getAttribute('data-page')) ?? '1') : '1';
    total = (await mark.count()) > 0 ? Number(await mark.getAttribute('data-pages')) : 1;
    if (!pages.has(current)) {
      await page.waitForTimeout(100); // let the page finish drawing
      // The page may have flipped during the wait: count what was drawn under the mark drawn with it.
      const drawn = await checkVisibleCounters(page);
      for (const c of drawn.counters) seen.set(c.counter, c.problems);
      pages.add(drawn.page);
    }
    if (pages.size >= total) break;
    await page.waitForTimeout(250);
  }
  expect(pages.size).toBe(total);
  const problems = [...seen.entries()].filter(([, p]) => p.length > 0);
  expect(problems).toEqual([]);
  return [...seen.keys()].sort((a, b) => Number(a) - Number(b));
}

const ALL = Array.from({ length: COUNTERS }, (_, i) => String(i + 1));

describe(`a board for a hall of ${COUNTERS} counters`, () => {
  it('shows every counter in landscape, ten at a time, inside the panel and uncovered', async () => {
    const page = await open(1920, 1080, '&page=2');
    await expect(page.getByTestId('board').getAttribute('data-layout')).resolves.toBe('landscape');
    await expect(page.getByTestId('counters-page').isVisible()).resolves.toBe(true);
    await expect(page.locator('.counter').count()).resolves.toBe(10);
    await expect(everyCounterShown(page)).resolves.toEqual(ALL);
    await page.close();
  }, 60_000);

  it('shows every counter in portrait too', async () => {
    const page = await open(1080, 1920, '&page=2');
    await expect(page.getByTestId('board').getAttribute('data-layout')).resolves.toBe('portrait');
    await expect(everyCounterShown(page)).resolves.toEqual(ALL);
    await page.close();
  }, 60_000);

  it('draws the key numbers large enough to read from 15 m at 1920×1080', async () => {
    const page = await open(1920, 1080);
    const sizes = await page.evaluate(() => {
      const scale = document.querySelector('.canvas')!.getBoundingClientRect().width / 1920;
      const px = (selector: string) => {
        const all = [...document.querySelectorAll(selector)].map((e) => parseFloat(getComputedStyle(e).fontSize) * scale);
        return all.length > 0 ? Math.min(...all) : 0;
      };
      return {
        latest: px('[data-testid=latest-code]'),
        latestCounter: px('.latest-counter'),
        recent: px('.recent-row[data-code] .recent-code'),
        counterCode: px('.counter:not(.counter-paused) .counter-code'),
        counterTitle: px('.counter-title'),
        waitingCount: px('.waiting-count'),
        waitingName: px('.waiting-name'),
      };
    });
    // Noto Sans capitals are 0.71 em: 200 px type ≈ 142 px ≈ 90 mm capitals on a 55″ TV.
    expect(sizes.latest).toBeGreaterThanOrEqual(200);
    expect(sizes.latestCounter).toBeGreaterThanOrEqual(96);
    expect(sizes.recent).toBeGreaterThanOrEqual(64);
    expect(sizes.counterCode).toBeGreaterThanOrEqual(80);
    expect(sizes.counterTitle).toBeGreaterThanOrEqual(44);
    expect(sizes.waitingCount).toBeGreaterThanOrEqual(48);
    expect(sizes.waitingName).toBeGreaterThanOrEqual(24);
    // The recent calls and service names are whole, not cut off.
    const cut = await page.evaluate(() =>
      // (4 px of slack: Vietnamese stacked marks may reach a little past the line box.)
      [...document.querySelectorAll<HTMLElement>('.recent-row[data-code], .waiting-name')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 4)
        .map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    await page.close();
  });
});
