/**
 * A hall that binds counters to their PCs (`security.countersBoundToDevices`),
 * in Chromium against a real hub: the officer console opens counter 1 where
 * the shell's bridge hands it counter 1's PC token (faked here as the preload
 * exposes it: Electron does not run in these tests), and in a plain browser
 * says that this counter opens only from its own PC and whom to ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { currentCode, signInOfficer, SCREEN, startCounterHarness, type CounterHarness } from './helpers/counter-harness';

/** The demo hall's counter PC (config/demo-hall.yaml `devices:`). */
const COUNTER_1_PC = { id: 'counter-1', token: 'demo-counter-token-1' };

let h: CounterHarness;
let shellContext: BrowserContext;

beforeAll(async () => {
  h = await startCounterHarness({
    hall: (demo) => ({
      ...demo,
      security: { ...demo.security, countersBoundToDevices: true },
      counters: demo.counters.map((c) => (c.number === 1 ? { ...c, device: COUNTER_1_PC.id } : c)),
    }),
  });
  shellContext = await h.browser.newContext({ viewport: SCREEN, locale: 'vi-VN' });
  // What src/preload/bridge.ts exposes; the shell's main process answers only the hub's /counter/ page.
  await shellContext.addInitScript((token: string) => {
    const answer = location.pathname.startsWith('/counter') ? token : null;
    Object.defineProperty(window, 'luotCounterPc', { value: Object.freeze({ deviceToken: () => Promise.resolve(answer) }) });
  }, COUNTER_1_PC.token);
});
afterAll(async () => {
  await shellContext?.close();
  await h?.close();
});

describe('counters bound to their PCs', () => {
  it('tells an officer in a plain browser that counter 1 opens only from its own PC, and whom to ask', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    const notice = h.page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Quầy 1 chỉ mở được từ máy tính của chính quầy này.');
    expect(await notice.textContent()).toContain('quản trị viên hệ thống');
    expect(await h.page.locator('input[name="username"]').count()).toBe(1);
    expect(h.hub.db.prepare('SELECT officer_id FROM counters WHERE number = 1').get()).toEqual({ officer_id: null });
  });

  it('opens counter 1 on its PC: the shell’s device token goes with the officer’s sign-in', async () => {
    const page = await shellContext.newPage();
    await signInOfficer(page, h.counterUrl, 'canbo01', 1);
    await expect.poll(() => currentCode(page).textContent()).toBe('Chưa có số');
    expect(h.hub.db.prepare('SELECT officer_id FROM counters WHERE number = 1').get()).not.toEqual({ officer_id: null });
  });
});
