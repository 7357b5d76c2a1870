/**
 * The hall config as the console edits it: the same document the hub's
 * `hallConfigSchema` validates and `LUOT_CONFIG` holds. Only the fields the
 * screens touch are named; everything else is carried along untouched
 * (`[key: string]: unknown`), so a field the console does not know yet is
 * never lost by a save. The hub stays the judge: it validates every save
 * with the schema and names the field at fault.
 */
import type { PriorityClass } from '@luot/protocol';

export interface Localized {
  vi: string;
  en: string;
}

export interface HallSectionDoc {
  name: Localized;
  address: string;
  publicUrl?: string;
  /** A PNG/SVG data URL, printed on tickets and shown on boards. */
  logo?: string;
  /** The boards' message strip when no supervisor message is up. */
  boardMessage?: string;
  /** The line printed at the foot of every ticket. */
  ticketFooter?: string;
  [key: string]: unknown;
}

export interface SessionDoc {
  name: string;
  start: string;
  end: string;
}

export interface HoursDoc {
  sessions: SessionDoc[];
  weekdays?: number[];
  saturdaySessions?: string[];
  issuingCutOffMinutes?: number;
  holidays?: string[];
  /** Saturdays (or Sundays) worked in exchange for a bridge day. */
  makeUpDays?: string[];
  [key: string]: unknown;
}

export interface DepartmentDoc {
  code: string;
  name: Localized;
  icon?: string;
  agencyCode: string;
  [key: string]: unknown;
}

export interface ServiceDoc {
  code: string;
  name: Localized;
  department: string;
  prefix: string;
  numberWidth?: number;
  dailyCap?: number;
  sessions?: string[];
  priorities?: PriorityClass[];
  targetWaitMinutes?: number;
  icon?: string;
  [key: string]: unknown;
}

export interface CounterDoc {
  number: number;
  name: Localized;
  area?: string;
  services: string[];
  device?: string;
  [key: string]: unknown;
}

export interface ProcedureDoc {
  code: string;
  name: string;
  field: string;
  department: string;
  service: string;
  processingDays: number;
  fee: string;
  [key: string]: unknown;
}

export interface HallConfigDoc {
  hall: HallSectionDoc;
  hours: HoursDoc;
  departments: DepartmentDoc[];
  services: ServiceDoc[];
  counters: CounterDoc[];
  procedures?: ProcedureDoc[];
  [key: string]: unknown;
}
