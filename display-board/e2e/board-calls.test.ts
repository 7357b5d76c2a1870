/**
 * The board against a real hub in Debian's Chromium: calls appear and are
 * announced (observed through window.__luotAnnouncer: headless Chromium has
 * no speakers), a burst of ten is said in order, old calls are never new, and
 * the board comes back after the hub restarts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '@luot/testing';
import { ensureBoardBuilt, launchChromium } from '@luot/testing/browser';
import { DEMO_DISPLAY_TOKEN, issueTicket, Officer } from './helpers/hall-driver';
import type { AnnouncementRecord } from '../src/voice/announcer';

let hub: TestHub;
let browser: Browser;
let officer: Officer;

beforeAll(async () => {
  ensureBoardBuilt();
  hub = await startTestHub();
  browser = await launchChromium();
  officer = await Officer.signIn(hub.url, 'canbo01', 1);
});

afterAll(async () => {
  officer?.close();
  await browser?.close();
  await hub?.close();
});

async function openBoard(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${hub.url}/display/?token=${DEMO_DISPLAY_TOKEN}${query}`);
  await page.waitForFunction(() => window.__luotBoard?.seq !== null && window.__luotBoard?.connected === true);
  return page;
}

const history = (page: Page): Promise<AnnouncementRecord[]> => page.evaluate(() => window.__luotAnnouncer?.history ?? []);

async function waitForAnnounced(page: Page, count: number, timeoutMs = 60_000): Promise<AnnouncementRecord[]> {
  await page.waitForFunction(
    (n) => (window.__luotAnnouncer?.history ?? []).filter((r) => r.status === 'done' || r.status === 'failed').length >= n,
    count,
    { timeout: timeoutMs, polling: 100 },
  );
  return history(page);
}

/** Finishes whatever counter 1 holds and calls the next ticket. */
async function callNextAtCounter1(): Promise<string> {
  await officer.finish().catch(() => undefined); // nothing at the counter yet
  const t = await officer.callNext();
  if (!t) throw new Error('nobody waiting');
  return t.code;
}

describe('display board against a real hub', () => {
  it('asks once for sound, shows a call made at the hub and announces it with the voice pack', async () => {
    const page = await openBoard();
    await expect(page.getByTestId('sound-overlay').isVisible()).resolves.toBe(true);
    // Icons are drawn, not typed: TVs without an emoji font show 🔊, 🔇 or ➜ as empty boxes.
    await expect(page.locator('[data-testid=sound-overlay] svg[data-icon=speaker]').count()).resolves.toBe(1);
    await expect(page.evaluate(() => /[\u2190-\u21ff\u2700-\u27bf\u{1f300}-\u{1faff}]/u.test(document.body.innerText))).resolves.toBe(false);
    // Someone taps the banner: sound starts and the choice is remembered.
    await page.getByTestId('sound-overlay').click();
    await page.waitForFunction(() => window.__luotAnnouncer?.locked === false);
    await expect(page.getByTestId('sound-overlay').count()).resolves.toBe(0);
    // Remembered after a reload: no banner, but the browser still wants a gesture,
    // so a small mark shows until any key (a TV remote) is pressed.
    await page.reload();
    await page.waitForFunction(() => window.__luotBoard?.connected === true);
    await expect(page.getByTestId('sound-overlay').count()).resolves.toBe(0);
    await expect(page.evaluate(() => window.__luotAnnouncer?.sound)).resolves.toBe('blocked');
    await expect(page.getByTestId('sound-mark').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid=sound-mark] svg[data-icon=speaker-muted]').count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__luotAnnouncer?.locked === false);
    await expect(page.getByTestId('sound-mark').count()).resolves.toBe(0);
    await expect(page.getByTestId('date').textContent()).resolves.toBe('Thứ Hai, 23/11/2026');

    const issued = await issueTicket(hub.url, 'dang-ky-kinh-doanh');
    expect(issued.code).toBe('A001');
    await callNextAtCounter1();
    await page.waitForFunction(() => document.querySelector('[data-testid=latest-code]')?.textContent === 'A001');
    await expect(page.getByTestId('latest-counter').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('latest').getAttribute('data-flashing')).resolves.toBe('1');
    await expect(page.locator('[data-counter="1"] .counter-code').textContent()).resolves.toBe('A001');

    const [record] = await waitForAnnounced(page, 1);
    const once = ['phrase-moi-cong-dan-co-so-thu-tu', 'letter-a', 'num-1', 'phrase-den-quay-so', 'num-1'];
    expect(record).toMatchObject({ code: 'A001', counter: 1, recall: 0, status: 'done', backend: 'voice-pack' });
    expect(record?.text).toBe('Mời công dân có số thứ tự a một đến quầy số một');
    expect(record?.clips).toEqual(['chime', ...once, 'pause', ...once]);
    // Really played: every clip of the pack loaded, and saying it took as long as speech does
    // (a backend with no clips at all would also end "done", at once).
    await expect(page.evaluate(() => window.__luotAnnouncer?.missing)).resolves.toEqual([]);
    expect(record!.endedAt! - record!.startedAt!).toBeGreaterThan(1500);

    // A recall is announced again.
    await officer.recall();
    const after = await waitForAnnounced(page, 2);
    expect(after[1]).toMatchObject({ code: 'A001', recall: 1, status: 'done' });

    // A reloaded board shows the call but does not treat it as new: no flash, nothing said.
    await page.reload();
    await page.waitForFunction(() => window.__luotBoard?.seq !== null);
    await expect(page.getByTestId('sound-overlay').count()).resolves.toBe(0); // remembered
    await expect(page.getByTestId('latest-code').textContent()).resolves.toBe('A001');
    await expect(page.getByTestId('latest').getAttribute('data-flashing')).resolves.toBe('0');
    await page.waitForTimeout(500);
    await expect(history(page)).resolves.toEqual([]);
    await page.close();
  });

  it('announces ten calls made in a burst, in order, none dropped, none overlapping', async () => {
    // One repeat and no chime keep the test short; the queue is the same.
    const page = await openBoard('&repeat=1&chime=0');
    // Sound remembered from an earlier visit: no overlay, but the browser still wants a
    // gesture, so a small mark shows until any key (a TV remote) is pressed.
    await page.evaluate(() => localStorage.setItem('luot.display.sound', 'on'));
    await page.reload();
    await page.waitForFunction(() => window.__luotBoard?.connected === true);
    await expect(page.getByTestId('sound-overlay').count()).resolves.toBe(0);
    await expect(page.evaluate(() => window.__luotAnnouncer?.sound)).resolves.toBe('blocked');
    await expect(page.getByTestId('sound-mark').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__luotAnnouncer?.locked === false);
    await expect(page.getByTestId('sound-mark').count()).resolves.toBe(0);

    for (let i = 0; i < 10; i++) {
      await issueTicket(hub.url, 'dat-dai');
      hub.clock.advance(1000); // distinct issue times: the queue order is then B001…B010
    }
    const called: string[] = [];
    const officer2 = await Officer.signIn(hub.url, 'canbo02', 2);
    try {
      for (let i = 0; i < 10; i++) {
        await officer2.finish().catch(() => undefined);
        const t = await officer2.callNext();
        if (t) called.push(t.code);
      }
    } finally {
      officer2.close();
    }
    expect(called).toEqual(['B001', 'B002', 'B003', 'B004', 'B005', 'B006', 'B007', 'B008', 'B009', 'B010']);

    const records = await waitForAnnounced(page, 10, 80_000);
    expect(records.map((r) => r.code)).toEqual(called);
    expect(records.every((r) => r.status === 'done' && r.counter === 2)).toBe(true);
    expect(records.every((r) => r.endedAt! - r.startedAt! > 1500)).toBe(true);
    await expect(page.evaluate(() => window.__luotAnnouncer?.missing)).resolves.toEqual([]);
    for (let i = 1; i < records.length; i++) {
      expect(records[i]!.startedAt!).toBeGreaterThanOrEqual(records[i - 1]!.endedAt!);
    }
    await expect(page.getByTestId('latest-code').textContent()).resolves.toBe('B010');
    await page.close();
  }, 120_000);

  it('says so on screen when the hub refuses the board\'s token', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${hub.url}/display/?token=not-a-real-token&voice=none`);
    await page.getByTestId('refused').waitFor();
    await expect(page.getByTestId('refused').textContent()).resolves.toContain('unauthenticated');
    await expect(page.evaluate(() => window.__luotBoard?.seq)).resolves.toBeNull();
    await page.close();
  });

  it('shows "đang kết nối lại" while the hub is down and recovers after it restarts', async () => {
    const page = await openBoard('&voice=none');
    const seqBefore = await page.evaluate(() => window.__luotBoard?.seq);
    // Remember whether the mark ever showed: the restart takes well under a second.
    await page.evaluate(() => {
      const w = window as unknown as { sawReconnecting: boolean };
      w.sawReconnecting = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid=reconnecting]')) w.sawReconnecting = true;
      }).observe(document.body, { childList: true, subtree: true });
    });

    officer.close();
    await hub.restart();
    // A call made at once, while the board is still reconnecting (its socket waits about a
    // second before trying again): it reaches the board in the resync snapshot and is said.
    hub.clock.advance(1000);
    // Node's fetch may first pick a keep-alive socket the old hub closed: try such a request once more.
    const again = <T,>(f: () => Promise<T>): Promise<T> => f().catch(() => f());
    officer = await again(() => Officer.signIn(hub.url, 'canbo01', 1));
    await again(() => issueTicket(hub.url, 'dang-ky-kinh-doanh'));
    const missed = await callNextAtCounter1();
    await page.waitForFunction(() => (window as unknown as { sawReconnecting: boolean }).sawReconnecting, undefined, { timeout: 30_000 });
    await page.waitForFunction(() => window.__luotBoard?.connected === true && window.__luotBoard?.awaitingSnapshot === false, undefined, { timeout: 20_000 });
    await expect(page.getByTestId('reconnecting').count()).resolves.toBe(0);
    expect(await page.evaluate(() => window.__luotBoard?.seq)).toBeGreaterThanOrEqual(seqBefore ?? 0);
    await page.waitForFunction((c) => document.querySelector('[data-testid=latest-code]')?.textContent === c, missed);
    expect((await waitForAnnounced(page, 1)).map((r) => [r.code, r.status])).toEqual([[missed, 'done']]);

    // Live again: a call after the restart is shown and announced.
    await issueTicket(hub.url, 'dang-ky-kinh-doanh');
    const code = await callNextAtCounter1();
    await page.waitForFunction((c) => document.querySelector('[data-testid=latest-code]')?.textContent === c, code);
    const records = await waitForAnnounced(page, 2);
    expect(records.map((r) => [r.code, r.status, r.backend])).toEqual([
      [missed, 'done', 'none'],
      [code, 'done', 'none'],
    ]);
    await page.close();
  }, 90_000);
});
