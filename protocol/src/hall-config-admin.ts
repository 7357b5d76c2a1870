/**
 * The hall config over HTTP (issue 17, the admin console): the current config
 * and its revision, changes (whole or by section, with a dry run), the
 * revision history with diffs, rollback, YAML export and import, the yearly
 * calendar import and the procedures catalogue import.
 *
 * The config itself is validated by the hub against its `hallConfigSchema`
 * (the same schema the config file is read with); here it is an object.
 */
import { z } from 'zod';
import type { LocalizedText } from './result';

/** Where a revision came from: the config file at a start, an admin's change, a rollback, an import. */
export const CONFIG_SOURCES = ['file', 'admin', 'rollback', 'import'] as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[number];

/** `applied`: in force or once in force; `pending`: waits for the next day; `cancelled`: replaced before it applied. */
export const REVISION_STATES = ['applied', 'pending', 'cancelled'] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

/** The sections a change may replace one at a time (top-level keys of the config file). */
export const CONFIG_SECTIONS = [
  'hall',
  'hours',
  'processing',
  'queue',
  'retention',
  'departments',
  'services',
  'counters',
  'procedures',
  'security',
  'appointments',
  'notifications',
  'returns',
] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

/** A one-line reason, required for every change: it is what the history shows. */
export const changeReasonSchema = z
  .string()
  .trim()
  .min(3, 'reason: a one-line reason, at least 3 characters')
  .max(200, 'reason: at most 200 characters')
  .regex(/^[^\r\n]*$/, 'reason: one line');

/** `now` (default) or `tomorrow`: kept pending and applied at the next day's rollover. */
export const applyFromSchema = z.enum(['now', 'tomorrow']);
export type ApplyFrom = z.infer<typeof applyFromSchema>;

const configObject = z.record(z.string(), z.unknown());

/**
 * POST /api/v1/config/changes: either the whole `config`, or some `sections`
 * (each replaces that top-level section of the current config).
 */
export const configChangeSchema = z
  .strictObject({
    reason: changeReasonSchema,
    dryRun: z.boolean().default(false),
    applyFrom: applyFromSchema.default('now'),
    config: configObject.optional(),
    sections: z.partialRecord(z.enum(CONFIG_SECTIONS), z.unknown()).optional(),
  })
  .refine((c) => (c.config === undefined) !== (c.sections === undefined), {
    message: 'config or sections: give exactly one of them',
    path: ['config'],
  });
export type ConfigChangeRequest = z.input<typeof configChangeSchema>;

/** POST /api/v1/config/revisions/{id}/rollback. */
export const configRollbackSchema = z.strictObject({
  reason: changeReasonSchema,
  dryRun: z.boolean().default(false),
  applyFrom: applyFromSchema.default('now'),
});
export type ConfigRollbackRequest = z.input<typeof configRollbackSchema>;

/** POST /api/v1/config/import: a config file's text (YAML or JSON, as `LUOT_CONFIG` reads). */
export const configImportSchema = z.strictObject({
  reason: changeReasonSchema,
  dryRun: z.boolean().default(true),
  applyFrom: applyFromSchema.default('now'),
  format: z.enum(['yaml', 'json']).default('yaml'),
  text: z.string().min(1).max(1_000_000),
});
export type ConfigImportRequest = z.input<typeof configImportSchema>;

/**
 * POST /api/v1/config/calendar-import: the year's official list of holidays
 * and make-up working days. JSON `{ "year": 2027, "holidays": [...], "makeUpDays": [...] }`
 * or CSV lines `date,kind[,note]` with kind `holiday` or `makeup` (Vietnamese
 * `nghỉ` / `làm bù` also accepted). The year's days replace those already listed.
 */
export const calendarImportSchema = z.strictObject({
  reason: changeReasonSchema,
  dryRun: z.boolean().default(true),
  format: z.enum(['json', 'csv']),
  text: z.string().min(1).max(100_000),
});
export type CalendarImportRequest = z.input<typeof calendarImportSchema>;

/**
 * POST /api/v1/config/procedures-import: a spreadsheet exported from the
 * province's catalogue. `csv`: the text; `xlsx`: the file as base64.
 * Rows are matched by procedure code: new codes are added, known ones replaced.
 */
export const proceduresImportSchema = z.strictObject({
  reason: changeReasonSchema,
  dryRun: z.boolean().default(true),
  format: z.enum(['csv', 'xlsx']),
  data: z.string().min(1).max(3_000_000),
});
export type ProceduresImportRequest = z.input<typeof proceduresImportSchema>;

/** A revision id in a URL path. */
export const revisionPathSchema = z
  .string()
  .regex(/^[0-9]{1,9}$/, 'id: a revision number')
  .transform(Number)
  .refine((n) => n >= 1, 'id: a revision number');

/** One revision in the history (without its config). */
export interface ConfigRevisionSummary {
  id: number;
  at: number;
  /** `user:admin`, or `hub` for a config file read at a start. */
  actor: string;
  reason: string;
  source: ConfigSource;
  state: RevisionState;
  /** The day (YYYY-MM-DD) a pending revision applies on; null when it applies at once. */
  applyOn: string | null;
  appliedAt: number | null;
  /** The revision it was made from (its diff is against that one); null for the first. */
  baseId: number | null;
  /** SHA-256 (16 hex) of the config: equal configs, equal hashes. */
  hash: string;
}

/** One difference between two configs, at a field path such as `services[3].prefix`. */
export interface ConfigDiffEntry {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Why a change cannot be made as asked: a schema problem or a safety rule. */
export interface ConfigProblem {
  /** `invalid_config` for the schema; otherwise the rule's error code. */
  code: string;
  /** The field path, `services[2].prefix`; '' for the whole config. */
  path: string;
  message: LocalizedText;
}

/** GET /api/v1/config. */
export interface CurrentConfig {
  revision: ConfigRevisionSummary;
  /** A change waiting for the next day, if any. */
  pending: ConfigRevisionSummary | null;
  config: Record<string, unknown>;
}

/** GET /api/v1/config/revisions/{id}. */
export interface ConfigRevisionDetail {
  revision: ConfigRevisionSummary;
  config: Record<string, unknown>;
  /** Against `baseId` (everything `added` for the first revision). */
  diff: ConfigDiffEntry[];
}

/** The answer to a change, a rollback or an import (dry run or not). */
export interface ConfigChangeOutcome {
  dryRun: boolean;
  /** True when a revision was written (applied now or pending). */
  written: boolean;
  /** The new revision, when written. */
  revision: ConfigRevisionSummary | null;
  diff: ConfigDiffEntry[];
  /** Empty when the change can be made; a dry run lists them without a refusal. */
  problems: ConfigProblem[];
}

/** A row of an import that could not be read: spreadsheet row number (1 = header), column, why. */
export interface ImportRowError {
  row: number;
  column: string;
  message: LocalizedText;
}

/** POST /api/v1/config/procedures-import. */
export interface ProceduresImportOutcome extends ConfigChangeOutcome {
  added: string[];
  changed: string[];
  unchanged: string[];
  rowErrors: ImportRowError[];
}

/** POST /api/v1/config/calendar-import. */
export interface CalendarImportOutcome extends ConfigChangeOutcome {
  year: number | null;
  holidays: string[];
  makeUpDays: string[];
  rowErrors: ImportRowError[];
}
