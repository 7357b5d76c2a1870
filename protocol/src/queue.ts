/**
 * The queue as it travels on the wire: tickets, counters, services, the hall.
 * Times are epoch milliseconds; days are local `YYYY-MM-DD` strings.
 */
import type { LocalizedText } from './result';
import type { PrinterState } from './devices';
import type { SenderHealth } from './notify';

/**
 * A transfer is an action, not a state: the same ticket goes back to `waiting`
 * under its new service or counter and keeps its code and place (the event
 * log records the transfer), so the citizen's printed number stays valid.
 */
export const TICKET_STATES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'expired'] as const;
export type TicketState = (typeof TICKET_STATES)[number];
/** States in which a ticket is still part of today's live queue. */
export const ACTIVE_TICKET_STATES: readonly TicketState[] = ['waiting', 'called', 'serving'];

export const PRIORITY_CLASSES = ['none', 'elderly', 'disability', 'pregnant', 'small_child', 'meritorious'] as const;
export type PriorityClass = (typeof PRIORITY_CLASSES)[number];

export const PRIORITY_LABELS: Record<PriorityClass, LocalizedText> = {
  none: { vi: 'Thường', en: 'Regular' },
  elderly: { vi: 'Người cao tuổi', en: 'Elderly' },
  disability: { vi: 'Người khuyết tật', en: 'Person with a disability' },
  pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant woman' },
  small_child: { vi: 'Người đi cùng trẻ nhỏ', en: 'With a small child' },
  meritorious: { vi: 'Người có công với cách mạng', en: 'Person with meritorious service' },
};

export const TICKET_SOURCES = ['kiosk', 'counter', 'appointment', 'api'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];

export const OUTCOMES = ['dossier_received', 'guided', 'result_returned', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, LocalizedText> = {
  dossier_received: { vi: 'Đã tiếp nhận hồ sơ', en: 'Dossier received' },
  guided: { vi: 'Đã hướng dẫn', en: 'Guided' },
  result_returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
  other: { vi: 'Khác', en: 'Other' },
};

export const COUNTER_STATES = ['open', 'paused', 'closed'] as const;
export type CounterState = (typeof COUNTER_STATES)[number];

/** Ratings on the 5-level scale; a 3-level hall uses 1 (not satisfied), 3 (satisfied) and 5 (very satisfied). */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];
export type RatingScale = 3 | 5;

/** A ticket as clients see it. It carries no personal data. */
export interface TicketView {
  id: string;
  day: string;
  service: string;
  number: number;
  code: string;
  priority: PriorityClass;
  source: TicketSource;
  state: TicketState;
  issuedAt: number;
  /** The time that orders the queue: the issue time, or when it was sent to the front. */
  queuedAt: number;
  calledAt: number | null;
  servingAt: number | null;
  finishedAt: number | null;
  counter: number | null;
  recallCount: number;
  /** A counter the ticket was transferred to: only that counter calls it. */
  targetCounter: number | null;
  outcome: Outcome | null;
  rating: Rating | null;
  dossierId: string | null;
}

export interface OfficerView {
  id: string;
  /** Counters and supervisors only: kiosks and display boards never receive staff usernames. */
  username?: string;
  name: string;
}

export interface CounterView {
  number: number;
  name: LocalizedText;
  area: string;
  /** Service codes in order of preference. */
  services: string[];
  state: CounterState;
  pauseReason: string | null;
  officer: OfficerView | null;
  currentTicketId: string | null;
}

export interface DepartmentView {
  code: string;
  name: LocalizedText;
  /** An icon name the apps know (see kiosk-app's icon set). */
  icon: string;
}

export interface ServiceView {
  code: string;
  name: LocalizedText;
  department: string;
  prefix: string;
  numberWidth: number;
  dailyCap: number;
  /** Priority classes a citizen may choose at the kiosk for this service. */
  priorities: PriorityClass[];
}

/** The live load of one service. */
export interface ServiceLoad {
  service: string;
  waiting: number;
  /** Minutes a new ticket would wait now; null when no open counter serves it. */
  estimatedWaitMinutes: number | null;
  /** Whether tickets can be issued right now. */
  issuing: boolean;
}

export interface CallView {
  ticketId: string;
  code: string;
  /**
   * The code's parts as the hub made it (`code` = prefix + number padded to the
   * service's width), so a board reads "A1" + "015" without guessing where the
   * prefix ends.
   */
  prefix: string;
  number: number;
  service: string;
  counter: number;
  at: number;
  /** 0 for the first call, 1.. for recalls. */
  recall: number;
}

export interface HallInfo {
  name: LocalizedText;
  address: string;
  /** The rating scale the counters ask. */
  ratingScale: RatingScale;
  /** Seconds the citizen has to rate before "no answer" is recorded. */
  ratingTimeoutSeconds: number;
  /** Calling a ticket starts serving it at once (no separate "start" action). */
  autoStartServing: boolean;
  recallLimit: number;
  /** Public base URL for the "track my ticket" QR code, e.g. `http://10.0.0.2:8080`. */
  publicUrl: string;
  /**
   * The kiosks' hall-wide choices: spoken guidance (`voice`, on by default;
   * a kiosk without speakers turns it off for itself) and where Telex puts
   * the tone of oa/oe/uy (`modern` "hoà", the default, or `classic` "hòa").
   * Absent from hubs before this field: the kiosk then uses the defaults.
   */
  kiosk?: KioskHallSettings;
}

export interface KioskHallSettings {
  voice: boolean;
  toneStyle: 'modern' | 'classic';
  /** Present when the kiosk offers an optional phone entry for "you are N-th in line" (issue 19). */
  phoneOffer?: { nearTurnPosition: number };
}

/** Everything a client needs to rebuild its view of the hall. */
export interface HallSnapshot {
  seq: number;
  day: string;
  at: number;
  hall: HallInfo;
  departments: DepartmentView[];
  services: ServiceView[];
  loads: ServiceLoad[];
  counters: CounterView[];
  /** Today's tickets that are waiting, called or serving. */
  tickets: TicketView[];
  /** The latest calls, newest first (at most 20). */
  recentCalls: CallView[];
  /** The supervisor's line for the display boards. */
  message: string | null;
  devices: DeviceHealthView[];
  /** The citizens' message sender's health (issue 19); absent from hubs before it. */
  sender?: SenderHealth;
}

export interface DeviceHealthView {
  id: string;
  name: string;
  role: DeviceRole;
  printer: PrinterState | null;
  lastSeenAt: number | null;
}

export const DEVICE_ROLES = ['kiosk', 'counter', 'display'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

export const STAFF_ROLES = ['officer', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
