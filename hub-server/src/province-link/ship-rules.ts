/** Pure rules of the link: what an event looks like on the wire, how long to wait after a failure. */
import { createHash } from 'node:crypto';
import type { ConfigRevision, ShippedDossier, ShippedEvent, ShippedOfficer } from '@luot/protocol';
import { localDay } from '../core/clock';

export interface EventRow {
  seq: number;
  at: number;
  day: string;
  type: string;
  payload: string;
  /** 1 when the event is a ticket's and the hall still has that ticket (absent: not looked up). */
  ticket_known?: number;
  /** The ticket's officer now, and their display name. */
  officer_id?: string | null;
  officer_name?: string | null;
}

/**
 * The event as the province gets it. The log holds no citizen's personal data
 * (tickets carry ids and times; a dossier only its id); staff usernames are
 * login names, so they stay in the hall: the officer's id and name remain for
 * per-officer reports. A ticket event also carries its ticket's officer (id and
 * display name, see ShippedOfficer) when the row was read with it.
 */
export function toShipped(row: EventRow): ShippedEvent {
  const event = JSON.parse(row.payload) as Record<string, unknown>;
  const counter = event.counter as { officer?: Record<string, unknown> | null } | undefined;
  if (counter?.officer && 'username' in counter.officer) {
    const { username: _dropped, ...officer } = counter.officer;
    event.counter = { ...counter, officer };
  }
  if (row.type === 'ticket' && row.ticket_known === 1) {
    const officer: ShippedOfficer | null = row.officer_id ? { id: row.officer_id, name: row.officer_name ?? '?' } : null;
    event.officer = officer;
  }
  return { seq: row.seq, at: row.at, day: row.day, type: row.type as ShippedEvent['type'], event };
}

export interface DossierRow {
  id: string;
  version: number;
  service: string;
  procedure_code: string;
  status: string;
  received_at: number | null;
  returned_at: number | null;
  timeliness: string | null;
  /** JSON array of the times (ms) the dossier was asked for a supplement. */
  supplements: string;
}

const TIMELINESS = new Set(['early', 'on_time', 'late']);

/**
 * A dossier as the province gets it: status, service, procedure and the hall's
 * local days of its reception, return and supplement requests. Never the
 * applicant, the tracking code or the officers' notes.
 */
export function toShippedDossier(row: DossierRow): ShippedDossier {
  const day = (ms: number | null) => (ms === null ? null : localDay(ms));
  return {
    id: row.id,
    version: row.version,
    service: row.service,
    procedure: row.procedure_code,
    status: row.status,
    receivedDay: day(row.received_at),
    returnedDay: day(row.returned_at),
    timeliness: row.timeliness !== null && TIMELINESS.has(row.timeliness) ? (row.timeliness as ShippedDossier['timeliness']) : null,
    supplementDays: (JSON.parse(row.supplements) as number[]).slice(-100).map((at) => localDay(at)),
  };
}

export interface RetryPolicy {
  minMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { minMs: 1000, maxMs: 60_000 };

/** Exponential back-off after `failures` failures in a row, with ±20% jitter so a province's halls do not come back in step. */
export function retryDelay(failures: number, policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): number {
  const base = Math.min(policy.maxMs, policy.minMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The config parts the province reads events with; staff, devices (tokens) and the procedure catalogue stay home. */
export function configForProvince(config: { hall: unknown; hours: unknown; queue: unknown; departments: unknown; services: unknown; counters: unknown }): Record<string, unknown> {
  const { hall, hours, queue, departments, services, counters } = config;
  return { hall, hours, queue, departments, services, counters };
}

/** A revision named by its content, so a hub restarted with the same config sends the same one (stored once). */
export function configRevision(config: Record<string, unknown>, at: number): ConfigRevision {
  const revision = createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
  return { revision, at, config };
}
