import { encodeVietnamese, type VietnameseCodePage } from '../codepages/index';
import { type CodePageTables, selectTable } from './code-page-select';
import type { PrinterType, ThermalBuilder } from './thermal-builder';

/**
 * Writes Vietnamese lines through a code page into a node-thermal-printer
 * buffer. We never hand the library non-ASCII strings: its own encoding
 * (iconv-lite) has no TCVN-3 uppercase table nor WPC1258 tone composition.
 */
export class TextWriter {
  private table: number | null = null;

  constructor(
    readonly builder: ThermalBuilder,
    readonly type: PrinterType,
    private readonly codePage: VietnameseCodePage,
    private readonly tables: CodePageTables,
    readonly lineChars: number,
  ) {}

  /** After ESC @ the printer is back on its default table. */
  resetTable(): void {
    this.table = null;
  }

  line(text: string, charsPerLine = this.lineChars): void {
    for (const line of wrapChars(text, charsPerLine)) {
      for (const run of encodeVietnamese(line, this.codePage).runs) {
        const wanted = run.table === 1 ? this.tables.upper : this.tables.main;
        if (wanted !== this.table) {
          this.builder.add(selectTable(this.type, wanted));
          this.table = wanted;
        }
        this.builder.add(run.bytes);
      }
      this.builder.add(Buffer.of(0x0a));
    }
  }
}

/** Word-wraps by characters (one code page byte per letter, except WPC1258 tone marks which take no cell on printers that compose them). */
export function wrapChars(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if ([...candidate].length <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = [...word];
      while (rest.length > width) {
        lines.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
      line = rest.join('');
    }
    lines.push(line);
  }
  return lines;
}
