/**
 * The device API shared by the Electron preload bridge and the local device
 * agent: what can be printed, printer states, and device events.
 */
import type { LocalizedText, Result } from './result';
import type { PriorityClass } from './queue';

export const PRINTER_STATES = ['online', 'paper_near_end', 'paper_out', 'cover_open', 'offline', 'error'] as const;
export type PrinterState = (typeof PRINTER_STATES)[number];

export interface PrinterStatus {
  state: PrinterState;
  checkedAt: number;
  /** Human text, e.g. the transport error when offline. */
  detail?: string;
}

/** Can a ticket be printed in this state? (paper near end still prints) */
export const canPrint = (state: PrinterState): boolean => state === 'online' || state === 'paper_near_end';

/** What a ticket shows. Built by the kiosk from the hub's ticket receipt. */
export interface TicketPrintJob {
  hallName: LocalizedText;
  serviceName: LocalizedText;
  code: string;
  priority: PriorityClass;
  issuedAt: number;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  /** URL for the QR code: the public ticket-status page. */
  trackUrl: string;
  /** One line of guidance, e.g. "Vui lòng chờ gọi số trên màn hình". */
  guidance?: LocalizedText;
  /** A walk-in dossier registration the ticket carries, shown as a short line. */
  registrationNote?: string;
  /** The hall's logo (config hall.logo: a PNG or SVG data URL), printed above the hall's name. */
  logo?: string;
}

/** The dossier receipt slip (form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
export interface ReceiptPrintJob {
  hallName: LocalizedText;
  dossierCode: string;
  /** The code with its check key: the public lookup needs it, the slip prints it by the QR. */
  trackingCode: string;
  trackUrl: string;
  applicant: { name: string; idNumber: string; address: string; phone: string };
  procedure: { code: string; name: string };
  documents: { name: string; originals: number; copies: number }[];
  processingTime: string;
  receivedAt: number;
  appointmentAt: number;
  returnPlace: string;
  officerName: string;
}

export type PrintJob = { kind: 'ticket'; ticket: TicketPrintJob } | { kind: 'receipt'; receipt: ReceiptPrintJob };

export const KEYPAD_KEYS = ['NEXT', 'RECALL', 'NOSHOW', 'TRANSFER', 'PAUSE'] as const;
export type KeypadKey = (typeof KEYPAD_KEYS)[number];

/** Events the devices of one kiosk or counter report. */
export type DeviceEvent =
  | { type: 'keypad'; key: KeypadKey; counter: number; at: number }
  | { type: 'rating'; value: number; at: number }
  | { type: 'scan'; text: string; at: number }
  | { type: 'printer'; status: PrinterStatus; at: number }
  | { type: 'device-error'; device: string; message: string; at: number };

/** The one device API; the preload bridge and the agent client both implement it. */
export interface DeviceApi {
  print(job: PrintJob): Promise<Result<{ jobId: string }>>;
  printerStatus(): Promise<PrinterStatus>;
  /** Subscribes to device events; returns the unsubscribe function. */
  onEvent(listener: (event: DeviceEvent) => void): () => void;
  /** Shows a number on the counter's LED sign, if one is attached. */
  showOnSign?(text: string): Promise<void>;
}
