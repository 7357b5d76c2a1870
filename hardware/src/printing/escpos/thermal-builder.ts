import thermal from 'node-thermal-printer';

export type PrinterType = 'epson' | 'star';

/** The part of node-thermal-printer's ThermalPrinter we use to build a job's bytes. */
export type ThermalBuilder = InstanceType<typeof thermal.ThermalPrinter>;

/**
 * A node-thermal-printer instance used only to build command bytes. We send
 * the bytes ourselves (see connection.ts): the library's own interfaces
 * cannot read the printer's status answers or bound every step with a timeout.
 */
export function createThermalBuilder(type: PrinterType, charsPerLine: number): ThermalBuilder {
  // The library types `interface` as required, but it is only used by
  // execute(); without it the instance is a pure buffer builder.
  const config = {
    type: type === 'star' ? thermal.PrinterTypes.STAR : thermal.PrinterTypes.EPSON,
    width: charsPerLine,
    breakLine: thermal.BreakLine.NONE,
  } as ConstructorParameters<typeof thermal.ThermalPrinter>[0];
  return new thermal.ThermalPrinter(config);
}

/** Font A is 12 dots wide: 48 characters on 80 mm, 32 on 58 mm. */
export const charsPerLine = (width: 80 | 58): number => (width === 80 ? 48 : 32);

/** ESC @: clears the printer's buffer and modes (the same on Epson and Star). */
export const ESC_INIT = Buffer.of(0x1b, 0x40);
