/**
 * The simulators other packages' tests drive (a virtual network printer, serial
 * devices on pseudo-terminals), as one subpath: `@luot/hardware/simulators/index`.
 */
export { startVirtualPrinter, type OfflineMode, type VirtualPrinter, type VirtualPrinterOptions, type VirtualPrintJob } from './virtual-printer';
export { decodeJob, parseAll, type DecodedJob, type Dialect, type EscPosCommand } from './virtual-printer-decoder';
export { SerialPtyPair, type PtyPairOptions } from './serial-pty-pair';
export { SerialDeviceSimulator } from './serial-device-simulator';
export { KeypadSimulator } from './serial-keypad-sim';
export { SignSimulator } from './serial-sign-sim';
export { RatingPadSimulator } from './serial-rating-pad-sim';
export { ScannerSimulator } from './serial-scanner-sim';
