import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../src/simulators/virtual-printer';

const BIN = fileURLToPath(new URL('../bin/luot-printer.js', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let printer: VirtualPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

describe('luot-printer CLI against the virtual printer', () => {
  it('sample prints a raster ticket (58 mm: 384 dots)', async () => {
    printer = await startVirtualPrinter();
    const result = await run(['sample', '--to', printer.target, '--width', '58']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Đã in');
    const [job] = await printer.waitForJobs(1);
    expect(job!.decoded.image!.width).toBe(384);
  });

  it('receipt in text mode with WPC1258 selects table 52', async () => {
    printer = await startVirtualPrinter();
    const result = await run(['receipt', '--to', printer.target, '--mode', 'text', '--codepage', 'wpc1258']);
    expect(result.code).toBe(0);
    const [job] = await printer.waitForJobs(1);
    expect(job!.decoded.codeTables).toEqual([52]);
  });

  it('status reports the state; exit 1 when out of paper', async () => {
    printer = await startVirtualPrinter({ state: 'paper_out' });
    const result = await run(['status', '--to', printer.target]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('paper_out: Máy in hết giấy.');
    await printer.setState('online');
    expect(await run(['status', '--to', printer.target])).toMatchObject({ code: 0 });
  });

  it('printing to an offline printer exits 1 with printer_offline within the timeout', async () => {
    printer = await startVirtualPrinter({ state: 'offline' });
    const started = Date.now();
    const result = await run(['sample', '--to', printer.target, '--timeout', '1000']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[printer_offline]');
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it.each([
    [['sample'], 'Missing --to'],
    [['sample', '--to', 'lpt1'], 'Unknown printer target'],
    [['sample', '--to', 'tcp://127.0.0.1:9100', '--width', '72'], 'Paper width 72'],
    [['sample', '--to', 'tcp://127.0.0.1:9100', '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'Unknown command'],
  ])('bad usage %j exits 2 with a clear message', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('--help prints usage and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('luot-printer sample');
  });

  it('simulate runs the virtual printer standalone and saves PNGs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-sim-'));
    const port = await freePort();
    const sim = spawn(process.execPath, [BIN, 'simulate', '--port', String(port), '--out', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`simulator did not start: ${output}`)), 15_000);
        sim.stdout.on('data', (d: Buffer) => {
          output += d.toString();
          if (output.includes('listening')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      expect((await run(['sample', '--to', `tcp://127.0.0.1:${port}`])).code).toBe(0);
      // Switch it out of paper through stdin, as an installer would type.
      sim.stdin.write('paper_out\n');
      await waitFor(() => output.includes('state: paper_out'));
      expect((await run(['sample', '--to', `tcp://127.0.0.1:${port}`])).code).toBe(1);
      expect(readdirSync(dir).sort()).toEqual(['job-001.bin', 'job-001.png']);
    } finally {
      sim.kill('SIGTERM');
      await new Promise((resolve) => sim.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
