/** When the retention job runs and what it lets go. Pure. */
import { localDay, localMinuteOfDay } from '../core/clock';
import type { RetentionPolicy } from '../core/config/hall-config-schema';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionCutoffs {
  /** Closed dossiers before this time lose their applicant's personal data. */
  dossierPersonal: number;
  /** Closed dossiers before this time lose their phone number. */
  phone: number;
  /** Sessions that ended before this time are deleted. */
  sessions: number;
  /** Command records older than this are deleted. */
  commands: number;
  /** Audit rows older than this are deleted. */
  audit: number;
}

/** Each cutoff: `now` less the policy's days. */
export function retentionCutoffs(now: number, policy: RetentionPolicy): RetentionCutoffs {
  const ago = (days: number) => now - days * DAY_MS;
  return {
    dossierPersonal: ago(policy.dossierPersonalDays),
    phone: ago(policy.phoneDays),
    sessions: ago(policy.sessionDays),
    commands: ago(policy.commandDays),
    audit: ago(policy.auditDays),
  };
}

/**
 * The daily run is due once the hall's clock is past `dailyAt` on a local day
 * with no run yet (the run at start counts for its day).
 * @example retentionDue(at('2026-11-24 03:31'), '03:30', '2026-11-23') // true
 */
export function retentionDue(now: number, dailyAt: string, lastRunDay: string | null): boolean {
  const [h, m] = dailyAt.split(':').map(Number) as [number, number];
  return localDay(now) !== lastRunDay && localMinuteOfDay(now) >= h * 60 + m;
}
