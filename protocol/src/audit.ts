/**
 * The staff audit log on the wire (issue 15): what the hub records and how
 * an admin reads it (`GET /api/v1/audit`, `GET /api/v1/audit.csv`).
 */
import { z } from 'zod';

/**
 * Every action the audit log records. `token-locked`: an address locked out
 * after too many wrong bearer tokens (device or session); `personal-data-read`:
 * staff read a citizen's personal data (a dossier, its receipt or slip, the
 * day's list); `device-token-expired`: a device showed a token unused for longer
 * than the hall allows; `config-loaded`: the hub started on a hall config
 * (its accounts and devices seeded); `config-changed`: a new config revision (an admin's change,
 * a rollback, an import, a changed config file at a start, a pending change applied at the day's rollover);
 * `config-pending-cancelled`: a change waiting for the next day was cancelled; `audit-exported`: an admin downloaded the log;
 * `backup` / `backup-failed`: a backup taken (nightly, at shutdown, by hand) or one
 * that failed; `restore`: written by the restore command into the database it brought back;
 * `password-changed`: an officer chose their own password (the config-given one's first change, or later);
 * `retention` / `retention-failed`: what the retention job erased and deleted (counts only), or a step that failed.
 */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-refused',
  'sign-in-locked',
  'sign-out',
  'token-locked',
  'personal-data-read',
  'account-created',
  'account-changed',
  'device-enrolled',
  'device-revoked',
  'device-token-rotated',
  'device-token-expired',
  'config-loaded',
  'config-changed',
  'config-pending-cancelled',
  'audit-exported',
  'backup',
  'backup-failed',
  'restore',
  'password-changed',
  'retention',
  'retention-failed',
  // Issue 17's console: a device paired by code collected its token; a refused claim; a rename or move.
  'device-paired',
  'device-pairing-refused',
  'device-changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One row of the audit log as an admin reads it. */
export interface AuditEntryView {
  id: number;
  /** Epoch milliseconds. */
  at: number;
  /** `user:<username>`, `device:<id>`, `anonymous` or `hub`. */
  actor: string;
  action: AuditAction;
  subject: string | null;
  address: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** More rows matched than `limit`: narrow the filters or the time range. */
  truncated: boolean;
}

const epochMs = z.coerce.number().int().min(0).max(8_640_000_000_000_000);

/** The filters of `GET /api/v1/audit` and `.csv`: who (exact actor, or a username), what, from–to (epoch ms, `to` excluded). */
export const auditQuerySchema = z
  .strictObject({
    who: z.string().trim().min(1).max(120).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'to: must be after from', path: ['to'] });
export type AuditQuery = z.output<typeof auditQuerySchema>;
