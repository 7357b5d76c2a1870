/**
 * A counter's serial devices as in the hall: a keypad, an LED sign and a
 * rating pad, each on its own socat pseudo-terminal pair played by
 * @luot/hardware's simulators, behind the real local device agent.
 */
import { startAgent, type RunningAgent } from '@luot/hardware/agent/start-agent';
import { parseDeviceServiceConfig } from '@luot/hardware';
import { KeypadSimulator, RatingPadSimulator, SerialPtyPair, SignSimulator } from '@luot/hardware/simulators/index';
import { until } from '../until';

export interface CounterDevices {
  agent: RunningAgent;
  keypad: KeypadSimulator;
  sign: SignSimulator;
  ratingPad: RatingPadSimulator;
}

/**
 * Starts the three devices for `counter` and the agent (pages served by
 * `hubUrl` may reach it), resolving once the agent holds all three ports.
 * Each thing started is pushed on `cleanups`, so a caller that fails later
 * (or at once) can stop them in reverse order.
 */
export async function startCounterDevices(hubUrl: string, counter: number, cleanups: (() => Promise<unknown>)[]): Promise<CounterDevices> {
  const pairs = await Promise.all([SerialPtyPair.create(), SerialPtyPair.create(), SerialPtyPair.create()]);
  for (const p of pairs) cleanups.push(() => p.close());
  const [keypadPair, signPair, padPair] = pairs as [SerialPtyPair, SerialPtyPair, SerialPtyPair];
  const keypad = new KeypadSimulator(keypadPair.devicePath, counter);
  const sign = new SignSimulator(signPair.devicePath);
  const ratingPad = new RatingPadSimulator(padPair.devicePath);
  for (const sim of [keypad, sign, ratingPad]) {
    await sim.open();
    cleanups.push(() => sim.close());
  }
  const parsed = parseDeviceServiceConfig({
    statusPollMs: 60_000,
    serial: {
      keypad: { path: keypadPair.hostPath, counter },
      sign: { path: signPair.hostPath, counter },
      ratingPad: { path: padPair.hostPath, scale: 3 },
    },
    agent: { port: 0, allowedOrigins: [hubUrl] },
  });
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const agent = await startAgent({ config: parsed.value });
  cleanups.push(() => agent.close());
  await until(() => agent.service.connections().filter((c) => c.connected).length === 3, 10_000, 'the three serial devices');
  return { agent, keypad, sign, ratingPad };
}
