/**
 * The officer console in a hall that binds counters to their PCs
 * (`security.countersBoundToDevices`), against a real hub: the counter PC's
 * device token, as the Electron shell's bridge hands it (counter-pc.ts), goes
 * with the officer's session and opens the counter; without it, or with
 * another device's token, the officer is told why in the app's own words.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_PASSWORD, TEST_TOKENS, testHallConfig, startTestHub, type TestHub } from '@luot/testing';
import { CounterSession, type SessionPhase } from '../src/renderer/counter-session';
import { counterPcDeviceToken } from '../src/renderer/counter-pc';
import { translate } from '../src/renderer/i18n/i18n';

/** The browser's Web Storage, which the session keeps its token and ledger in. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
  clear(): void {
    this.items.clear();
  }
}

const COUNTER_2_PC = 'test-counter-token-2';

function boundHall() {
  const config = testHallConfig();
  config.security = { ...config.security, countersBoundToDevices: true };
  config.counters = config.counters.map((c) => (c.number === 1 ? { ...c, device: 'counter-1' } : c.number === 2 ? { ...c, device: 'counter-2' } : c));
  config.devices.push({ id: 'counter-2', name: 'Máy quầy 2', role: 'counter', token: COUNTER_2_PC });
  return config;
}

/** The shell's bridge as the preload exposes it, answering this PC's token. */
const shellHolding = (token: string | null) => ({ luotCounterPc: { deviceToken: () => Promise.resolve(token) } });

let hub: TestHub;
const sessions: CounterSession[] = [];
beforeEach(async () => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  hub = await startTestHub({ config: boundHall(), serveApps: false });
});
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.signOut();
  await hub.close();
  vi.unstubAllGlobals();
});

async function signInAtCounter1(shell: Pick<Window, 'luotCounterPc'>): Promise<SessionPhase> {
  const session = new CounterSession({ hubUrl: hub.url, deviceToken: counterPcDeviceToken(shell) });
  sessions.push(session);
  const outcome = await session.signIn('canbo01', TEST_PASSWORD, 1);
  expect(outcome).toBeNull();
  return session.getPhase();
}

const officerOfCounter1 = () => hub.db.prepare('SELECT officer_id FROM counters WHERE number = 1').get() as { officer_id: string | null };

describe('the officer console on a counter bound to its PC', () => {
  it('opens the counter from its own PC: the shell’s device token goes with the session', async () => {
    expect(await signInAtCounter1(shellHolding(TEST_TOKENS.counterDevice))).toEqual({ kind: 'ready', counter: 1, offline: false });
    expect(officerOfCounter1().officer_id).not.toBeNull();
  });

  it('tells the officer in a plain browser (no shell) that this counter opens only from its own PC, and whom to ask', async () => {
    const phase = await signInAtCounter1({});
    expect(phase).toEqual({ kind: 'signed-out', notice: { kind: 'text', key: 'signIn.counterBoundToPc', params: { number: 1 }, alert: true } });
    expect(translate('vi', 'signIn.counterBoundToPc', { number: 1 })).toContain('Quầy 1 chỉ mở được từ máy tính của chính quầy này');
    expect(translate('vi', 'signIn.counterBoundToPc', { number: 1 })).toContain('quản trị viên hệ thống');
    expect(translate('en', 'signIn.counterBoundToPc', { number: 1 })).toContain('only from its own PC');
    expect(officerOfCounter1().officer_id).toBeNull();
  });

  it('says the same under a shell that holds no token, or another counter PC’s', async () => {
    expect(await signInAtCounter1(shellHolding(null))).toMatchObject({ kind: 'signed-out', notice: { key: 'signIn.counterBoundToPc' } });
    expect(await signInAtCounter1(shellHolding(COUNTER_2_PC))).toMatchObject({ kind: 'signed-out', notice: { key: 'signIn.counterBoundToPc' } });
    expect(officerOfCounter1().officer_id).toBeNull();
  });

  it('tells the officer when the shell holds a device token that is not a counter PC’s', async () => {
    expect(await signInAtCounter1(shellHolding(TEST_TOKENS.kiosk))).toEqual({
      kind: 'signed-out',
      notice: { kind: 'text', key: 'signIn.deviceTokenNotCounterPc', alert: true },
    });
    expect(officerOfCounter1().officer_id).toBeNull();
  });
});
