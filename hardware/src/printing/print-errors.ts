import { luotError, type LuotError, type PrinterState } from '@luot/protocol';

/** The typed error for a printer that cannot print in this state. */
export function errorForState(state: PrinterState, detail?: string): LuotError {
  const extra = detail ? { en: `${stateEnglish[state]} (${detail})`, vi: `${stateVietnamese[state]} (${detail})` } : undefined;
  switch (state) {
    case 'paper_out':
      return luotError('printer_paper_out', extra);
    case 'cover_open':
      return luotError('printer_cover_open', extra);
    case 'offline':
      return luotError('printer_offline', extra);
    default:
      return luotError('printer_error', extra);
  }
}

const stateEnglish: Record<PrinterState, string> = {
  online: 'The printer is ready.',
  paper_near_end: 'The printer paper is running low.',
  paper_out: 'The printer is out of paper.',
  cover_open: 'The printer cover is open.',
  offline: 'The printer is offline.',
  error: 'The printer reported an error.',
};

const stateVietnamese: Record<PrinterState, string> = {
  online: 'Máy in sẵn sàng.',
  paper_near_end: 'Máy in sắp hết giấy.',
  paper_out: 'Máy in hết giấy.',
  cover_open: 'Nắp máy in đang mở.',
  offline: 'Máy in không hoạt động.',
  error: 'Máy in gặp lỗi.',
};

export const describeState = (state: PrinterState): { vi: string; en: string } => ({
  vi: stateVietnamese[state],
  en: stateEnglish[state],
});
