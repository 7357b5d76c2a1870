/** Parses the simulator's command line into `simulateDay` options, with errors that name the flag. */
import { parseArgs } from 'node:util';
import { DEMO_KIOSK_TOKENS, DEMO_OFFICERS, type SimulateDayOptions } from './simulate-day';
import type { SessionWindow } from './hall-profile';

export const HELP = `Lượt — mô phỏng một ngày làm việc của Trung tâm / hall simulator

Plays a working day against a RUNNING hub through the real protocol: kiosks
issue tickets, officers call, serve, transfer, mark no-shows and ask ratings.

Usage:
  npm run simulate -w @luot/hub-server -- [options]

Options:
  --hub <url>           hub address (default http://localhost:8080)
  --speed <n>           simulated time runs n× faster than real time (default 480: a day in about a minute)
  --seed <n>            seed of the day plan (default 1)
  --tickets <n>         citizens in the day (default 400)
  --kiosk-tokens <a,b>  kiosk device tokens (default ${DEMO_KIOSK_TOKENS.join(',')})
  --officers <u,u,…>    officer usernames, one per counter in order (default canbo01…canbo10)
  --password <p>        the officers' password (default luot-demo)
  --counters <n,n,…>    counters to staff (default: every counter in the hub's snapshot)
  --sessions <a-b,c-d>  opening hours the arrivals follow (default 07:30-11:30,13:30-17:00)
  --json                print the report as JSON only
  --write-all-day-config <file>
                        write a copy of the hall config (--config, else $LUOT_CONFIG, else the demo
                        hall) that is open around the clock, every day, then exit
  --config <file>       the config to copy for --write-all-day-config
  -h, --help            this text

The hub checks opening hours against ITS clock (the real clock), so it must be
open while the simulation runs. Outside hours, start the hub with a config open
around the clock:
  npm run simulate -w @luot/hub-server -- --write-all-day-config /tmp/all-day.yaml
  LUOT_DEMO=1 LUOT_CONFIG=/tmp/all-day.yaml LUOT_DATA_DIR=/tmp/luot-sim npm run hub

Exit status: 0 on a clean day, 1 when the hub reported unexpected errors or a
check failed, 2 on bad flags or when the hub cannot be reached.`;

export type CliParse =
  | { kind: 'help' }
  | { kind: 'write-config'; source: string | undefined; target: string }
  | { kind: 'run'; options: SimulateDayOptions; json: boolean }
  | { kind: 'error'; message: string };

function positiveNumber(flag: string, value: string | undefined, fallback: number, integer: boolean): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) return `--${flag}: expected a positive ${integer ? 'whole ' : ''}number, got "${value}"`;
  return n;
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

function parseSessions(value: string | undefined): SessionWindow[] | string | undefined {
  if (value === undefined) return undefined;
  const sessions: SessionWindow[] = [];
  for (const part of list(value) ?? []) {
    const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(part);
    if (!m) return `--sessions: expected HH:mm-HH:mm[,HH:mm-HH:mm], got "${part}"`;
    const [start, end] = part.split('-') as [string, string];
    if (start >= end) return `--sessions: "${part}" ends before it starts`;
    sessions.push({ start, end });
  }
  return sessions.length > 0 ? sessions : '--sessions: no session given';
}

export function parseCli(argv: string[]): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        hub: { type: 'string' },
        speed: { type: 'string' },
        seed: { type: 'string' },
        tickets: { type: 'string' },
        'kiosk-tokens': { type: 'string' },
        officers: { type: 'string' },
        password: { type: 'string' },
        counters: { type: 'string' },
        sessions: { type: 'string' },
        json: { type: 'boolean' },
        'write-all-day-config': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  if (values.help) return { kind: 'help' };
  if (values['write-all-day-config'] !== undefined) return { kind: 'write-config', source: values.config, target: values['write-all-day-config'] };
  const speed = positiveNumber('speed', values.speed, 480, false);
  const tickets = positiveNumber('tickets', values.tickets, 400, true);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  const sessions = parseSessions(values.sessions);
  for (const v of [speed, tickets, sessions]) if (typeof v === 'string') return { kind: 'error', message: v };
  if (!Number.isInteger(seed)) return { kind: 'error', message: `--seed: expected a whole number, got "${values.seed}"` };
  const hub = values.hub ?? 'http://localhost:8080';
  if (!/^https?:\/\/[^\s/]+/.test(hub)) return { kind: 'error', message: `--hub: expected an http(s) URL, got "${hub}"` };

  const counterList = list(values.counters)?.map(Number);
  if (counterList?.some((n) => !Number.isInteger(n) || n < 1)) return { kind: 'error', message: `--counters: expected counter numbers, got "${values.counters}"` };
  const password = values.password ?? DEMO_OFFICERS[0]!.password;
  const usernames = list(values.officers);
  const officers = usernames ? usernames.map((username) => ({ username, password })) : DEMO_OFFICERS.map((o) => ({ ...o, password }));

  return {
    kind: 'run',
    json: values.json ?? false,
    options: {
      hubUrl: hub.replace(/\/+$/, ''),
      speed: speed as number,
      seed,
      tickets: tickets as number,
      tokens: list(values['kiosk-tokens']) ?? DEMO_KIOSK_TOKENS,
      officers,
      counters: counterList,
      sessions: sessions as SessionWindow[] | undefined,
    },
  };
}
