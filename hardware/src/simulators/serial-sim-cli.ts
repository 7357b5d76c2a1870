/**
 * Runs one simulated serial device on a socat pseudo-terminal, for trying
 * the agent by hand:
 *
 *   npx tsx hardware/src/simulators/serial-sim-cli.ts keypad --counter 5
 *
 * It prints the path to put in the agent's config, then reads stdin: a key
 * name per line for the keypad (NEXT, RECALL, NOSHOW, TRANSFER, PAUSE), a
 * value 1–5 for the rating pad, the text of a scan for the scanner; the
 * sign prints what it shows. Any line starting with `!` is sent raw.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { KEYPAD_KEYS, type KeypadKey } from '@luot/protocol';
import { SerialPtyPair } from './serial-pty-pair';
import { KeypadSimulator } from './serial-keypad-sim';
import { RatingPadSimulator } from './serial-rating-pad-sim';
import { ScannerSimulator } from './serial-scanner-sim';
import { SignSimulator } from './serial-sign-sim';

const DEVICES = ['keypad', 'sign', 'rating-pad', 'scanner'] as const;
type Device = (typeof DEVICES)[number];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { counter: { type: 'string', default: '1' }, dir: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  const device = positionals[0] as Device | undefined;
  if (values.help || !device || !DEVICES.includes(device)) {
    process.stdout.write(`Usage: serial-sim-cli.ts <${DEVICES.join('|')}> [--counter N] [--dir <folder for the pty links>]\n`);
    return values.help ? 0 : 2;
  }
  const counter = Number(values.counter);
  const pair = await SerialPtyPair.create(values.dir ? { dir: values.dir } : {});
  const sim =
    device === 'keypad'
      ? new KeypadSimulator(pair.devicePath, counter)
      : device === 'sign'
        ? new SignSimulator(pair.devicePath)
        : device === 'rating-pad'
          ? new RatingPadSimulator(pair.devicePath)
          : new ScannerSimulator(pair.devicePath);
  await sim.open();
  const configKey = device === 'rating-pad' ? 'ratingPad' : device;
  process.stdout.write(`Simulated ${device} ready. In the agent config: "serial": { "${configKey}": { "path": "${pair.hostPath}" } }\n`);

  if (sim instanceof SignSimulator) {
    let last = '';
    setInterval(() => {
      if (sim.history.length > 0 && sim.shown !== last) {
        last = sim.shown;
        process.stdout.write(`sign shows: [${last}]\n`);
      }
    }, 100).unref();
  }

  const rl = createInterface({ input: process.stdin });
  rl.on('line', (raw) => {
    const line = raw.trim();
    if (!line) return;
    const send = async (): Promise<void> => {
      if (line.startsWith('!')) return sim.sendRaw(`${line.slice(1)}\r\n`);
      if (sim instanceof KeypadSimulator) {
        const key = line.toUpperCase();
        if (!(KEYPAD_KEYS as readonly string[]).includes(key)) throw new Error(`keys: ${KEYPAD_KEYS.join(', ')}`);
        return sim.press(key as KeypadKey);
      }
      if (sim instanceof RatingPadSimulator) return sim.rate(Number(line));
      if (sim instanceof ScannerSimulator) return sim.scan(line);
      throw new Error('the sign only listens');
    };
    send().catch((err: unknown) => process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`));
  });

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    rl.once('close', resolve);
  });
  await sim.close();
  await pair.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
