/**
 * The link from a hall's hub to the province (hall → province only: the
 * province never writes to a hall). The hub ships its append-only event log
 * in batches, oldest first; a batch says which stretch of the log it covers
 * (`after` < seq ≤ `through`) so gaps in the hub's numbering cannot stall the
 * acknowledgement. The province stores each event once by (hall, seq) and
 * answers the highest sequence it holds with nothing missing before it; the
 * hub moves its cursor there. Sequence, never wall-clock time, orders a hall's
 * events.
 */
import { z } from 'zod';

/** Events per batch: small enough that a batch is one quick transaction on either side. */
export const PROVINCE_BATCH_MAX_EVENTS = 500;
/** The province refuses larger request bodies (a batch of 500 busy events is ~400 KB). */
export const PROVINCE_BATCH_MAX_BYTES = 2 * 1024 * 1024;
/** The hub's route and the province's: one place for the path. */
export const PROVINCE_INGEST_PATH = '/api/v1/ingest';

const seqSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** One event of the hall's log as it travels: its place, its time, the hall's day, and the event itself. */
export const shippedEventSchema = z.strictObject({
  seq: seqSchema.min(1),
  /** The hall's clock (ms since the epoch): for reports and partitions, never for order. */
  at: z.number().int().nonnegative().max(8.64e15),
  /** The hall's local day (Asia/Ho_Chi_Minh) the event belongs to. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // 'sender': the citizens' message sender's health (issue 19), shipped so the sequence has no gap.
  // `config`: a new hall config revision in force (issue 17); its config travels in the batch's `config`.
  type: z.enum(['ticket', 'counter', 'day', 'message', 'device', 'sender', 'config']),
  /** The hall event as the hub broadcast it (see HallEvent); free of citizens' personal data. */
  event: z.record(z.string(), z.unknown()),
});
export type ShippedEvent = z.infer<typeof shippedEventSchema>;

/**
 * The officer a shipped ticket event carries (issue 20: per-officer figures at
 * the province), as `event.officer` of a `ticket` event: the officer the
 * hall's tickets table holds for that ticket when the hub ships it (the one
 * the hall's own reports count the ticket under), or null when no officer has
 * had it. `id` is the hall's stable user id (never reused, unchanged by a
 * rename) so figures add up across months; `name` is the display name the
 * hall's reports print, since the staff list stays in the hall. The login
 * name never travels, nor anything of the citizen. Events shipped by an older
 * hub have no `officer` at all: the province counts those tickets under
 * "unknown officer" (`UNKNOWN_OFFICER`).
 */
export const shippedOfficerSchema = z.strictObject({ id: z.string().min(1).max(64), name: z.string().max(200) });
export type ShippedOfficer = z.infer<typeof shippedOfficerSchema>;
/** The province's key for tickets whose events did not say their officer (never a hall's user id). */
export const UNKNOWN_OFFICER = '?';

/**
 * The part of the hall's config the province needs to read its events the
 * way the hall does (services and departments, the rating scale and timeout),
 * named by a hash of its content. Staff, devices and their tokens stay in the
 * hall.
 */
export const configRevisionSchema = z.strictObject({
  revision: z.string().regex(/^[0-9a-f]{16}$/),
  /** When the hub first sent it (hall clock, ms). */
  at: z.number().int().nonnegative().max(8.64e15),
  config: z.record(z.string(), z.unknown()),
});
export type ConfigRevision = z.infer<typeof configRevisionSchema>;

const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A dossier as the province reads it: its state now, without the applicant
 * (no name, ID number, address, phone or tracking code). `version` is the id
 * of the dossier's latest change in the hall's history, so a later state wins.
 * Days are the hall's local days of reception, return and each supplement
 * request, so the province counts a period's dossiers exactly as the hall does.
 */
export const shippedDossierSchema = z.strictObject({
  id: z.string().min(1).max(64),
  version: seqSchema.min(1),
  service: z.string().min(1).max(64),
  procedure: z.string().min(1).max(32),
  status: z.string().min(1).max(32),
  receivedDay: isoDaySchema.nullable(),
  returnedDay: isoDaySchema.nullable(),
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
  supplementDays: z.array(isoDaySchema).max(100),
});
export type ShippedDossier = z.infer<typeof shippedDossierSchema>;

/** The dossiers changed in the hall's history after `after` up to `through` (history ids), each once in its latest state. */
export const shippedDossiersSchema = z
  .strictObject({
    after: seqSchema,
    through: seqSchema,
    states: z.array(shippedDossierSchema).max(PROVINCE_BATCH_MAX_EVENTS),
  })
  .refine((d) => d.through >= d.after, { path: ['through'], message: 'through must not be before after' });

export const ingestBatchSchema = z
  .strictObject({
    /** The hub's cursor when it read the batch: the batch starts right after it. */
    after: seqSchema,
    /** The batch holds every event the hub has in (after, through]. */
    through: seqSchema,
    events: z.array(shippedEventSchema).max(PROVINCE_BATCH_MAX_EVENTS),
    /** Events still waiting on the hub after this batch: the province shows it as the link's backlog. */
    backlog: z.number().int().nonnegative(),
    /** The hall's clock when it sent the batch: the province measures live waits on the hall's clock, never its own. */
    sentAt: z.number().int().nonnegative().max(8.64e15),
    /** The hall's current config revision, sent once after each start or change. */
    config: configRevisionSchema.optional(),
    /** Dossiers whose state changed, on a cursor of their own (the hall's dossier history). */
    dossiers: shippedDossiersSchema.optional(),
  })
  .superRefine((batch, ctx) => {
    if (batch.through < batch.after) ctx.addIssue({ code: 'custom', path: ['through'], message: 'through must not be before after' });
    let previous = batch.after;
    batch.events.forEach((e, i) => {
      if (e.seq <= previous || e.seq > batch.through) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'seq'], message: 'events must be in increasing seq order within (after, through]' });
      }
      previous = e.seq;
    });
  });
export type IngestBatch = z.infer<typeof ingestBatchSchema>;

/** The province's answer: the highest seq it holds with nothing missing before it. */
export interface IngestAck {
  acked: number;
  /** The highest dossier history id the province holds every change up to (when the batch carried dossiers). */
  dossiersAcked?: number;
}

export const ingestAckSchema = z.object({ acked: seqSchema, dossiersAcked: seqSchema.optional() });

/** The link's state in the hub's /healthz (absent when no province is configured). */
export interface ProvinceLinkHealth {
  /** Events the province has not acknowledged yet. */
  backlog: number;
  /** When the province last answered (hall clock, ms), or null. */
  lastSuccessAt: number | null;
  /** The last failure in words, cleared by the next success. */
  lastError: string | null;
  /** The backlog is over the alert threshold: the link has been down a while. */
  alert: boolean;
}
