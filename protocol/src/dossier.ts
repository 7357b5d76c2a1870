/** Walk-in dossiers: statuses and the shapes clients exchange. */
import type { LocalizedText } from './result';

/** The 10 statuses of a provincial one-stop system, with their numbers. */
export const DOSSIER_STATUSES = [
  'registered',
  'received',
  'refused',
  'processing',
  'supplement_requested',
  'fee_due',
  'withdrawn',
  'stopped',
  'result_ready',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, LocalizedText> = {
  registered: { vi: 'Mới đăng ký', en: 'Registered' },
  received: { vi: 'Được tiếp nhận', en: 'Received' },
  refused: { vi: 'Không được tiếp nhận', en: 'Refused' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  supplement_requested: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  fee_due: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Fee due' },
  withdrawn: { vi: 'Công dân rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
  result_ready: { vi: 'Đã xử lý xong', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const RETURN_METHODS = ['counter', 'post'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const CHANNELS = ['in_person', 'online', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A procedure of the catalogue, as the kiosk shows it. */
export interface ProcedureView {
  code: string;
  name: string;
  field: string;
  department: string;
  service: string;
  level: 'province' | 'commune';
  processingTime: { inPerson: string; online?: string };
  /** Processing time in working days, used for the appointment date. */
  processingDays: number;
  fee: string;
  documents: { name: string; originals: number; copies: number }[];
  onlineLevel?: 'partial' | 'full';
  /**
   * Words citizens use for it, from the hall's catalogue ("sổ đỏ", "giấy khai
   * sinh"): the kiosk's search finds the procedure by them too.
   */
  keywords?: string[];
  /** The procedure's forms to download (name and link), from the hall's catalogue. */
  forms?: { name: string; url: string }[];
}

/** An applicant's sex as the ID card gives it. */
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, LocalizedText> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
};
