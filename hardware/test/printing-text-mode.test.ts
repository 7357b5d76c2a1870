import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter, PrinterOptionsError, sampleReceipt, sampleTicket } from '../src/printing/index';
import { startVirtualPrinter, type VirtualPrinter } from '../src/simulators/virtual-printer';

let printer: VirtualPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const HALL = 'Trung tâm Phục vụ hành chính công';
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
/** "Trung tâm Phục vụ hành chính công" as each code page's published table spells it. */
const EXPECTED: Record<'tcvn3' | 'wpc1258' | 'viscii', number[]> = {
  tcvn3: [...ascii('Trung t'), 0xa9, ...ascii('m Ph'), 0xf4, ...ascii('c v'), 0xf4, ...ascii(' h'), 0xb5, ...ascii('nh ch'), 0xdd, ...ascii('nh c'), 0xab, ...ascii('ng')],
  wpc1258: [...ascii('Trung t'), 0xe2, ...ascii('m Ph'), 0x75, 0xf2, ...ascii('c v'), 0x75, 0xf2, ...ascii(' h'), 0xe0, ...ascii('nh ch'), 0xed, ...ascii('nh c'), 0xf4, ...ascii('ng')],
  viscii: [...ascii('Trung t'), 0xe2, ...ascii('m Ph'), 0xf8, ...ascii('c v'), 0xf8, ...ascii(' h'), 0xe0, ...ascii('nh ch'), 0xed, ...ascii('nh c'), 0xf4, ...ascii('ng')],
};

const ticket = { ...sampleTicket(), hallName: { vi: HALL, en: 'Public Administrative Service Center' } };

describe('text mode with a Vietnamese code page', () => {
  it.each([
    ['tcvn3', undefined, [30]],
    ['wpc1258', undefined, [52]],
    ['viscii', 40, [40]],
  ] as const)('%s: selects the table and encodes the hall name byte for byte', async (codepage, codePageNumber, tables) => {
    printer = await startVirtualPrinter();
    const p = createPrinter({ target: printer.target, mode: 'text', codepage, ...(codePageNumber ? { codePageNumber } : {}) });
    expect((await p.print({ kind: 'ticket', ticket })).ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    const decoded = job!.decoded;
    expect(decoded.startsWithInit).toBe(true);
    expect(decoded.cut).toBe(true);
    expect(decoded.image).toBeNull();
    expect(decoded.codeTables[0]).toBe(tables[0]);
    expect(decoded.text.includes(Buffer.from(EXPECTED[codepage]))).toBe(true);
    expect(decoded.text.includes(Buffer.from('A015'))).toBe(true);
    expect(decoded.qrData).toEqual([ticket.trackUrl]);
  });

  it('TCVN-3 switches to table 31 for uppercase letters with tones and back to 30', async () => {
    printer = await startVirtualPrinter();
    const p = createPrinter({ target: printer.target, mode: 'text', codepage: 'tcvn3' });
    expect((await p.print({ kind: 'receipt', receipt: sampleReceipt() })).ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    // "GIẤY TIẾP NHẬN HỒ SƠ…" needs the uppercase table; ấ is 0xCA in either.
    expect(job!.decoded.codeTables).toContain(31);
    expect(job!.decoded.codeTables.filter((n) => n !== 30 && n !== 31)).toEqual([]);
    expect(job!.decoded.text.includes(Buffer.from([...ascii('GI'), 0xca, ...ascii('Y')]))).toBe(true);
  });

  it('58 mm text tickets wrap at 32 characters', async () => {
    printer = await startVirtualPrinter();
    const p = createPrinter({ target: printer.target, mode: 'text', codepage: 'viscii', codePageNumber: 40, width: 58 });
    expect((await p.print({ kind: 'ticket', ticket })).ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    const lines = job!.decoded.text.toString('latin1').split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(32);
  });

  it('VISCII without a table number is a clear options error', () => {
    expect(() => createPrinter({ target: 'tcp://127.0.0.1:9100', mode: 'text', codepage: 'viscii' })).toThrow(PrinterOptionsError);
    try {
      createPrinter({ target: 'tcp://127.0.0.1:9100', mode: 'text', codepage: 'viscii' });
    } catch (error) {
      expect((error as PrinterOptionsError).error).toMatchObject({ code: 'invalid_payload', field: 'codePageNumber' });
    }
  });

  it('Star: the ticket prints in Star line mode (ESC i size, ESC GS t table, ESC GS y QR)', async () => {
    printer = await startVirtualPrinter({ dialect: 'star' });
    const p = createPrinter({ target: printer.target, type: 'star', mode: 'text', codepage: 'wpc1258', codePageNumber: 17 });
    const result = await p.print({ kind: 'ticket', ticket });
    expect(result.ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    const decoded = job!.decoded;
    expect(decoded.startsWithInit).toBe(true);
    expect(decoded.cut).toBe(true);
    expect(job!.bytes.includes(Buffer.of(0x1b, 0x1d, 0x74, 17))).toBe(true);
    expect(decoded.codeTables).toEqual([17]);
    expect(decoded.text.includes(Buffer.from(EXPECTED.wpc1258))).toBe(true);
    // The number at Star's largest size (6×), then back to normal; no Epson GS ! anywhere.
    expect(job!.bytes.includes(Buffer.of(0x1b, 0x69, 5, 5))).toBe(true);
    expect(job!.bytes.includes(Buffer.of(0x1b, 0x69, 0, 0))).toBe(true);
    expect(job!.bytes.includes(Buffer.of(0x1d, 0x21))).toBe(false);
    expect(decoded.text.includes(Buffer.from('A015'))).toBe(true);
    expect(decoded.qrData).toEqual([ticket.trackUrl]);
    expect(job!.bytes.includes(Buffer.of(0x1b, 0x1d, 0x79, 0x50))).toBe(true);
  });

  it('Star text mode without a table number is a clear options error (Star does not use Epson\'s 30/31/52)', () => {
    for (const codepage of ['tcvn3', 'wpc1258'] as const) {
      let caught: unknown;
      try {
        createPrinter({ target: 'tcp://127.0.0.1:9100', type: 'star', mode: 'text', codepage });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PrinterOptionsError);
      expect((caught as PrinterOptionsError).error).toMatchObject({ code: 'invalid_payload', field: 'codePageNumber' });
      expect((caught as PrinterOptionsError).error.message.vi).toContain('Star');
    }
  });
});
