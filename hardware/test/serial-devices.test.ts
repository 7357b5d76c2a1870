import { afterEach, describe, expect, it } from 'vitest';
import { RatingPadDriver } from '../src/serial/rating-pad-driver';
import { ScannerDriver } from '../src/serial/scanner-driver';
import { SignDriver } from '../src/serial/sign-driver';
import { SerialPtyPair } from '../src/simulators/serial-pty-pair';
import { RatingPadSimulator } from '../src/simulators/serial-rating-pad-sim';
import { ScannerSimulator } from '../src/simulators/serial-scanner-sim';
import { SignSimulator } from '../src/simulators/serial-sign-sim';
import { collect, isType, until } from './serial-helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const fastRetry = { initialDelayMs: 50, maxDelayMs: 200 };

async function pairWith<S extends { open(): Promise<void>; close(): Promise<void> }>(makeSim: (path: string) => S) {
  const pair = await SerialPtyPair.create();
  const sim = makeSim(pair.devicePath);
  await sim.open();
  cleanups.push(() => sim.close(), () => pair.close());
  return { pair, sim };
}

async function replug(pair: SerialPtyPair, sim: { open(): Promise<void>; close(): Promise<void> }, driver: { connected: boolean }) {
  await sim.close();
  await pair.unplug();
  // Bounded but generous: on a loaded machine the pty's hang-up can take seconds to reach the driver.
  await until(() => !driver.connected, 15_000, 'driver to notice the unplug');
  await pair.replug();
  await sim.open();
  await until(() => driver.connected, 15_000, 'driver to reopen');
}

describe('rating pad over a socat pty', () => {
  it('reports the three counter levels and refuses 2 and 4 on a 3-key pad', async () => {
    const { pair, sim } = await pairWith((p) => new RatingPadSimulator(p));
    const driver = new RatingPadDriver({ path: pair.hostPath, scale: 3, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    const got = collect(driver);
    await until(() => driver.connected);
    for (const value of [5, 3, 1]) {
      await sim.rate(value);
      expect(await got.waitFor(isType('rating'))).toMatchObject({ type: 'rating', value });
    }
    await sim.rate(4);
    expect((await got.waitFor(isType('device-error'))).message).toMatch(/3-level/);
    await sim.sendRaw('R9*6B\r\n');
    expect((await got.waitFor(isType('device-error'))).message).toMatch(/not a rating frame/);
    await sim.rate(5);
    expect(await got.waitFor(isType('rating'))).toMatchObject({ value: 5 });
  });

  it('takes all five levels on a 5-key pad and survives a replug', async () => {
    const { pair, sim } = await pairWith((p) => new RatingPadSimulator(p));
    const driver = new RatingPadDriver({ path: pair.hostPath, scale: 5, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    const got = collect(driver);
    await until(() => driver.connected);
    await sim.rate(2);
    expect(await got.waitFor(isType('rating'))).toMatchObject({ value: 2 });
    await replug(pair, sim, driver);
    await sim.rate(4);
    expect(await got.waitFor(isType('rating'))).toMatchObject({ value: 4 });
  });
});

describe('serial 2D scanner over a socat pty', () => {
  const cccd = '046201000152||Võ Việt Dũng|30072001|Nam|Thôn 1, Xã A, Huyện B, Tỉnh C|10072021';

  it('delivers a chip ID card QR line with its Vietnamese intact, whatever the line ending', async () => {
    const { pair, sim } = await pairWith((p) => new ScannerSimulator(p));
    const driver = new ScannerDriver({ path: pair.hostPath, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    const got = collect(driver);
    await until(() => driver.connected);
    await sim.scan(cccd);
    expect(await got.waitFor(isType('scan'))).toMatchObject({ type: 'scan', text: cccd });
    await sim.scan('000.00.06.H56-231027-0361', '\r');
    expect((await got.waitFor(isType('scan'))).text).toBe('000.00.06.H56-231027-0361');
    await sim.scan('A015', '\n');
    expect((await got.waitFor(isType('scan'))).text).toBe('A015');
  });

  it('skips control characters, invalid UTF-8 and overlong scans, then reads the next one', async () => {
    const { pair, sim } = await pairWith((p) => new ScannerSimulator(p));
    const driver = new ScannerDriver({ path: pair.hostPath, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    const got = collect(driver);
    await until(() => driver.connected);
    await sim.sendRaw(Buffer.from('abc\u0007def\r\n'));
    await sim.sendRaw(Buffer.concat([Buffer.from('V'), Buffer.from([0xc3, 0x28]), Buffer.from('\r\n')]));
    await sim.sendRaw('y'.repeat(5000) + '\r\n');
    await sim.scan(cccd);
    expect((await got.waitFor(isType('scan'))).text).toBe(cccd);
    const errors = got.events.filter(isType('device-error')).map((e) => e.message);
    expect(errors).toEqual([
      expect.stringMatching(/control characters/),
      expect.stringMatching(/UTF-8/),
      expect.stringMatching(/longer than 2048/),
    ]);
  });

  it('reconnects after unplug and replug', async () => {
    const { pair, sim } = await pairWith((p) => new ScannerSimulator(p));
    const driver = new ScannerDriver({ path: pair.hostPath, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    const got = collect(driver);
    await until(() => driver.connected);
    await replug(pair, sim, driver);
    await sim.scan(cccd);
    expect((await got.waitFor(isType('scan'))).text).toBe(cccd);
  });
});

describe('LED counter sign over a socat pty', () => {
  it('shows the number served and gets the sign to confirm it', async () => {
    const { pair, sim } = await pairWith((p) => new SignSimulator(p));
    const driver = new SignDriver({ path: pair.hostPath, counter: 5, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    await until(() => driver.connected);
    expect(await driver.show('a015')).toEqual({ ok: true, value: undefined });
    expect(sim.shown).toBe('A015');
    expect(sim.received).toEqual(['S005:A015*29']);
    expect(await driver.show('')).toMatchObject({ ok: true });
    expect(sim.shown).toBe('');
  });

  it('refuses text a sign cannot show without writing anything', async () => {
    const { pair, sim } = await pairWith((p) => new SignSimulator(p));
    const driver = new SignDriver({ path: pair.hostPath, counter: 5, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    await until(() => driver.connected);
    const result = await driver.show('Số 15 mời');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'text' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(sim.received).toEqual([]);
  });

  it('fails within the timeout when the sign does not answer or is unplugged', async () => {
    const { pair, sim } = await pairWith((p) => new SignSimulator(p));
    const driver = new SignDriver({ path: pair.hostPath, counter: 5, ackTimeoutMs: 300, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    await until(() => driver.connected);
    sim.silent = true;
    const started = Date.now();
    expect(await driver.show('B002')).toMatchObject({ ok: false, error: { code: 'device_error' } });
    expect(Date.now() - started).toBeLessThan(1_000);
    await sim.close();
    await pair.unplug();
    await until(() => !driver.connected);
    expect(await driver.show('B003')).toMatchObject({ ok: false, error: { code: 'device_error' } });
  });

  it('shows the current number again after a replug and reports a garbled answer', async () => {
    const { pair, sim } = await pairWith((p) => new SignSimulator(p));
    const driver = new SignDriver({ path: pair.hostPath, counter: 7, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    const got = collect(driver);
    await until(() => driver.connected);
    expect(await driver.show('C120')).toMatchObject({ ok: true });
    await sim.sendRaw('A007:C1*99\r\n');
    expect((await got.waitFor(isType('device-error'))).message).toMatch(/checksum mismatch/);

    await sim.close();
    await pair.unplug();
    await until(() => !driver.connected);
    await pair.replug();
    const fresh = new SignSimulator(pair.devicePath);
    await fresh.open();
    cleanups.unshift(() => fresh.close());
    await until(() => fresh.shown === 'C120', 15_000, 'the replugged sign to show C120 again');
    expect(await driver.show('C121')).toMatchObject({ ok: true });
    expect(fresh.shown).toBe('C121');
  });

  it('a sign that comes up after its port reopened still gets the current number (re-sent until confirmed)', async () => {
    const { pair, sim } = await pairWith((p) => new SignSimulator(p));
    const driver = new SignDriver({ path: pair.hostPath, counter: 7, ackTimeoutMs: 300, ...fastRetry }).start();
    cleanups.unshift(() => driver.close());
    await until(() => driver.connected);
    expect(await driver.show('C120')).toMatchObject({ ok: true });
    await sim.close();
    await pair.unplug();
    await until(() => !driver.connected);
    await pair.replug();
    // The driver reopens and writes first; the sign opens its side only afterwards.
    await until(() => driver.connected, 15_000, 'the driver to reopen the port');
    await new Promise((r) => setTimeout(r, 400));
    const late = new SignSimulator(pair.devicePath);
    await late.open();
    cleanups.unshift(() => late.close());
    await until(() => late.shown === 'C120', 15_000, 'the late sign to show C120');
  });
});
