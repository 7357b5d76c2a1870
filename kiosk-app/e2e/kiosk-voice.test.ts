/**
 * Spoken guidance in the page: each screen's instruction is queued as the
 * screen opens, "Nghe lại" says it again, the ticket number is said sign by
 * sign, and a kiosk with ?voice=off (or a hall that mutes its kiosks) says
 * nothing and shows no "Nghe lại". The clips come from the board's pack, as
 * the hub serves it. One Chromium for the file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_GUIDANCE } from '@luot/protocol';
import { ensureAppBuilt } from '@luot/testing/browser';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket } from './helpers/kiosk-page';

interface Said {
  clips: string[];
  status: string;
  repeat: boolean;
}

let h: KioskHarness;
beforeAll(async () => {
  // The pack is the board's: its build holds the clips the hub serves.
  ensureAppBuilt('display-board');
  h = await startKioskHarness({ params: { ticketSeconds: '60' } });
}, 120_000);
afterAll(async () => {
  await h?.close();
});

const said = (page: Page) => page.evaluate(() => (window.__luotKioskVoice?.history ?? []).map((r) => ({ clips: r.clips, status: r.status, repeat: r.repeat })) as Said[]);
const lastSaid = async (page: Page) => (await said(page)).at(-1);

/** Waits until the kiosk's latest utterance starts with this clip. */
async function expectSaying(page: Page, clip: string): Promise<Said> {
  await expect.poll(async () => (await lastSaid(page))?.clips[0], { timeout: 5000 }).toBe(clip);
  return (await lastSaid(page)) as Said;
}

describe('kiosk: spoken guidance', () => {
  it('queues each screen\'s instruction as it opens, says it again on "Nghe lại", and says the ticket number', async () => {
    const { page } = h;
    await openKiosk(page, h.kioskUrl);
    await expectSaying(page, KIOSK_GUIDANCE.welcome.clip);
    await page.getByTestId('department-tnmt').click();
    await expectSaying(page, KIOSK_GUIDANCE.services.clip);
    await page.getByTestId('service-dat-dai').click();
    await expectSaying(page, KIOSK_GUIDANCE.service.clip);

    const before = (await said(page)).length;
    await page.getByTestId('listen-again').click();
    await expect.poll(async () => (await said(page)).length).toBe(before + 1);
    expect(await lastSaid(page)).toMatchObject({ clips: [KIOSK_GUIDANCE.service.clip], repeat: true });
    // Never talking over itself: at most the newest utterance is still being said.
    expect((await said(page)).slice(0, -1).every((r) => r.status !== 'queued')).toBe(true);

    await page.getByTestId('take-number').click();
    const ticket = await shownTicket(page, 'printed');
    const spoken = await expectSaying(page, KIOSK_GUIDANCE.yourNumber.clip);
    const signs = [...ticket.code.toLowerCase()].map((ch) => (/\d/.test(ch) ? `num-${ch}` : `letter-${ch}`));
    expect(spoken.clips).toEqual([KIOSK_GUIDANCE.yourNumber.clip, ...signs, KIOSK_GUIDANCE.takePaper.clip]);
  });

  it('serves every clip the kiosk says from the hub', async () => {
    for (const { clip } of Object.values(KIOSK_GUIDANCE)) {
      const res = await fetch(`${h.hub.url}/display/voice/vi/${clip}.mp3`);
      expect(res.status, clip).toBe(200);
    }
  });

  it('says nothing and offers no "Nghe lại" with ?voice=off', async () => {
    const { page } = h;
    const url = new URL(h.kioskUrl);
    url.searchParams.set('voice', 'off');
    await openKiosk(page, url.toString());
    await browseToService(page, 'tnmt', 'dat-dai');
    await expect.poll(async () => (await said(page)).length).toBeGreaterThan(0);
    expect((await said(page)).every((r) => r.status === 'muted')).toBe(true);
    await expect(page.getByTestId('listen-again').count()).resolves.toBe(0);
  });
});
