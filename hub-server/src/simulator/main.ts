/** `npm run simulate -w @luot/hub-server -- --hub … --speed 480 --seed 1`: see cli-args.ts for the flags. */
import { DEMO_HALL_CONFIG_PATH } from '../core/config/load-hall-config';
import { writeAllDayConfig } from './all-day-config';
import { HELP, parseCli } from './cli-args';
import { formatProgress, formatReport, isCleanDay } from './format-report';
import { HubLinkError } from './hub-link';
import { simulateDay } from './simulate-day';

async function main(): Promise<number> {
  const parsed = parseCli(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (parsed.kind === 'write-config') {
    const source = parsed.source ?? process.env.LUOT_CONFIG ?? DEMO_HALL_CONFIG_PATH;
    try {
      writeAllDayConfig(source, parsed.target);
    } catch (e) {
      process.stderr.write(`Không ghi được cấu hình / cannot write the config: ${(e as Error).message}\n`);
      return 2;
    }
    process.stdout.write(`${parsed.target}: ${source}, open around the clock.\nStart a hub with it: LUOT_DEMO=1 LUOT_CONFIG=${parsed.target} npm run hub\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n\nRun with --help for the options.\n`);
    return 2;
  }
  const { options, json } = parsed;
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort(new Error('interrupted')));
  const tty = process.stderr.isTTY;
  try {
    const report = await simulateDay({
      ...options,
      signal: abort.signal,
      onProgress: (p) => process.stderr.write(tty ? `\r${formatProgress(p)}\x1b[K` : `${formatProgress(p)}\n`),
      progressIntervalMs: tty ? 250 : 5000,
    });
    if (tty) process.stderr.write('\n');
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n\n${JSON.stringify(report)}\n`);
    return isCleanDay(report) ? 0 : 1;
  } catch (e) {
    if (tty) process.stderr.write('\n');
    if (e instanceof HubLinkError) {
      process.stderr.write(`Không chạy được mô phỏng / cannot simulate: ${e.message}\n`);
      return 2;
    }
    if (abort.signal.aborted) {
      process.stderr.write('Đã dừng / interrupted\n');
      return 130;
    }
    throw e;
  }
}

process.exitCode = await main();
