/**
 * Makes the board's screenshots for docs/display-board/ from a real hub with
 * a morning's worth of realistic data, and checks what they show.
 * Run: npm run docs:screenshots -- display-board
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '@luot/testing';
import { ensureBoardBuilt, launchChromium, screenshotDir } from '@luot/testing/browser';
import { DEMO_DISPLAY_TOKEN, issueTicket, Officer, setHallMessage } from './helpers/hall-driver';

// Into .luot-tmp/screenshots/display-board/ (git-ignored); npm run docs:screenshots copies them into docs/.
const SHOTS = screenshotDir('display-board');
const SERVICES = ['dang-ky-kinh-doanh', 'dat-dai', 'xay-dung', 'nong-nghiep', 'giao-thong', 'cong-thuong', 'tai-chinh', 'tu-phap', 'lao-dong', 'y-te', 'khoa-hoc', 'tra-ket-qua'];
const WAITING_PER_SERVICE = [9, 14, 5, 3, 6, 2, 4, 7, 3, 1, 2, 11];

let hub: TestHub;
let browser: Browser;
const officers: Officer[] = [];

/** A morning at the hall: tickets issued, eight counters serving, one paused, a message set. */
async function morning(): Promise<void> {
  for (let round = 0; round < 16; round++) {
    for (const [i, service] of SERVICES.entries()) {
      if (round < (WAITING_PER_SERVICE[i] ?? 0) + 3) await issueTicket(hub.url, service);
      hub.clock.advance(7_000);
    }
  }
  for (let c = 1; c <= 9; c++) officers.push(await Officer.signIn(hub.url, `canbo0${c}`.replace('canbo010', 'canbo10'), c));
  for (let round = 0; round < 2; round++) {
    for (const o of officers.slice(0, 8)) {
      await o.finish().catch(() => undefined);
      await o.callNext();
      hub.clock.advance(40_000);
    }
  }
  await officers[8]!.pause('Nghỉ giữa giờ');
  await setHallMessage(
    hub.url,
    'Trung tâm làm việc từ 7 giờ 30 đến 17 giờ, Thứ Hai đến Thứ Sáu. Quý công dân vui lòng giữ phiếu số thứ tự và theo dõi màn hình. Tra cứu hồ sơ: quét mã QR trên phiếu.',
  );
}

async function open(width: number, height: number, query: string, voice = 'none'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${hub.url}/display/?token=${DEMO_DISPLAY_TOKEN}&voice=${voice}${query}`);
  await page.waitForFunction(() => window.__luotBoard?.seq !== null && window.__luotBoard?.connected === true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

beforeAll(async () => {
  ensureBoardBuilt();
  hub = await startTestHub();
  browser = await launchChromium();
  await morning();
});

afterAll(async () => {
  officers.forEach((o) => o.close());
  await browser?.close();
  await hub?.close();
});

describe('board screenshots', () => {
  it('landscape 1920×1080', async () => {
    const page = await open(1920, 1080, '');
    await expect(page.getByTestId('board').getAttribute('data-layout')).resolves.toBe('landscape');
    await expect(page.locator('.recent-row[data-code]').count()).resolves.toBe(6);
    await expect(page.locator('.counter').count()).resolves.toBe(9); // counter 10 is closed
    await expect(page.locator('[data-counter="9"] .counter-code').textContent()).resolves.toBe('Tạm dừng');
    await page.screenshot({ path: join(SHOTS, 'board-landscape.png') });

    // A new call: the latest call flashes (captured in its bright phase).
    await officers[4]!.finish().catch(() => undefined);
    await officers[4]!.callNext();
    await page.waitForFunction(() => document.querySelector('[data-testid=latest]')?.getAttribute('data-flashing') === '1');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=latest]')!).backgroundColor === 'rgb(255, 212, 0)', undefined, { polling: 50 });
    await page.screenshot({ path: join(SHOTS, 'board-landscape-new-call.png') });
    await page.close();
  });

  it('portrait 1080×1920, chosen by the aspect', async () => {
    const page = await open(1080, 1920, '');
    await expect(page.getByTestId('board').getAttribute('data-layout')).resolves.toBe('portrait');
    await page.screenshot({ path: join(SHOTS, 'board-portrait.png') });
    await page.close();
  });

  it('first load: the sound banner leaves the calls readable', async () => {
    const page = await open(1920, 1080, '', 'pack');
    await expect(page.getByTestId('sound-overlay').isVisible()).resolves.toBe(true);
    // The banner sits below the calls: the latest call and the counters stay uncovered.
    const banner = await page.getByTestId('sound-overlay').boundingBox();
    const counters = await page.getByTestId('counters').boundingBox();
    const latest = await page.getByTestId('latest').boundingBox();
    expect(banner!.y).toBeGreaterThanOrEqual(counters!.y + counters!.height);
    expect(banner!.y).toBeGreaterThanOrEqual(latest!.y + latest!.height);
    await page.screenshot({ path: join(SHOTS, 'board-first-load-sound.png') });
    await page.close();
  });

  it('a board limited to one floor', async () => {
    const page = await open(1920, 1080, `&area=${encodeURIComponent('Tầng 2')}`);
    const counters = await page.locator('.counter').evaluateAll((els) => els.map((e) => e.getAttribute('data-counter')));
    expect(counters).toEqual(['6', '7', '8', '9']);
    await page.screenshot({ path: join(SHOTS, 'board-area-tang-2.png') });
    await page.close();
  });
});
