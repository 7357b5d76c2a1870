/**
 * The board's first paint alone (`npm run bench -- --only board-paint`): the
 * weak-hardware hall (20 counters, each with a citizen called), and the board
 * opened `repeats` times on each screen with Chromium's CPU 4× slower — the
 * first-paint half of the weak-hardware measure without its 400 calls.
 *
 * With a profile directory it also writes each load's page CPU profile (the
 * DevTools protocol's Profiler, started before the navigation) and reports
 * the page's own marks: response end, DOM content loaded, and the moments the
 * board's script began and its first snapshot arrived, where the board marks them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBoardBuilt, launchChromium } from '@luot/testing/browser';
import { boardFirstPaint, SCREENS } from './weak-hardware-bench';
import { openWeakHardwareHall } from './weak-hardware-hall';
import { median, round } from './stats';

export interface BoardPaintRun {
  screen: string;
  firstPaintMs: number[];
  medianMs: number;
  /** Navigation timing and the board's own marks of the last load (ms from navigation start). */
  marks: Record<string, number>;
}

const MARKS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const out = { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd };
  for (const m of performance.getEntriesByType('mark')) out[m.name in out ? m.name + ' ' + m.startTime.toFixed(0) : m.name] = m.startTime;
  for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
  for (const r of performance.getEntriesByType('resource')) out[r.name.replace(location.origin, '').slice(0, 60) + ' (start)'] = r.startTime, out[r.name.replace(location.origin, '').slice(0, 60)] = r.responseEnd;
  return out;
})()`;

export async function boardPaintAlone(dir: string, repeats: number, profileDir: string | undefined, log: (msg: string) => void): Promise<BoardPaintRun[]> {
  ensureBoardBuilt();
  const hall = await openWeakHardwareHall(dir, 0, 0);
  const browser = await launchChromium();
  try {
    const runs: BoardPaintRun[] = [];
    for (const screen of SCREENS) {
      const paints: number[] = [];
      let marks: Record<string, number> = {};
      for (let i = 0; i < repeats; i++) {
        const { page, firstPaintMs, profile } = await boardFirstPaint(browser, hall.setup.url, hall.setup.displayToken, screen, profileDir !== undefined);
        try {
          paints.push(Math.round(firstPaintMs));
          marks = Object.fromEntries(Object.entries((await page.evaluate(MARKS)) as Record<string, number>).map(([k, v]) => [k, round(v, 0)]));
          if (profileDir && profile) writeFileSync(join(profileDir, `board-${screen.width}x${screen.height}-${i}.cpuprofile`), JSON.stringify(profile));
        } finally {
          await page.close();
        }
        log(`  ${screen.width}×${screen.height} load ${i + 1}: first paint ${Math.round(firstPaintMs)} ms`);
      }
      runs.push({ screen: `${screen.width}×${screen.height}`, firstPaintMs: paints, medianMs: median(paints), marks });
    }
    return runs;
  } finally {
    await browser.close();
    await hall.close();
  }
}
