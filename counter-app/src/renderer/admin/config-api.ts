/**
 * The hub's config API as the console calls it (admin changes, supervisor
 * reads). All the routes are here, so their shape is adapted in one place.
 * The token travels in the Authorization header only.
 */
import { API_BASE, isLuotError, luotError, type LocalizedText, type LuotError } from '@luot/protocol';
import type { HallConfigDoc } from './config-doc';

export interface RevisionSummary {
  id: number;
  at: string;
  by: string;
  reason: string;
  source: string;
}

/** One changed value between two revisions, by its path in the config (`services[2].prefix`). */
export interface DiffEntry {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** A field the hub refused, by its path in the config, and why. */
export interface FieldIssue {
  path: string;
  message: LocalizedText | string;
}

/** The hub's refusal: its error, the field issues when it validated, and how many tickets stand in the way. */
export interface ConfigRefusal extends LuotError {
  issues?: FieldIssue[];
}

export interface CurrentConfig {
  revision: RevisionSummary;
  config: HallConfigDoc;
  /** A change waiting for tomorrow's rollover, when one was saved "from tomorrow". */
  pending?: RevisionSummary | null;
}

export interface ChangeOutcome {
  revision?: RevisionSummary;
  diff: DiffEntry[];
  /** True when the change waits for tomorrow. */
  pending?: boolean;
}

export type ConfigResult<T> = { ok: true; value: T } | { ok: false; error: ConfigRefusal };

export type ApplyFrom = 'now' | 'tomorrow';

/** JSON answers parsed; a non-JSON answer (the YAML export) is handed over as text. */
function parseAnswer(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<ConfigResult<T>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, error: luotError('hub_unreachable') };
  }
  const text = await response.text();
  const parsed = parseAnswer(text);
  if (response.ok) return { ok: true, value: parsed as T };
  const error = typeof parsed === 'object' && parsed !== null && 'error' in parsed ? (parsed as { error: unknown }).error : null;
  return {
    ok: false,
    error: isLuotError(error) ? (error as ConfigRefusal) : luotError(response.status === 401 ? 'unauthenticated' : 'internal'),
  };
}

export const fetchConfig = (token: string) => call<CurrentConfig>('GET', '/config', token);

export const saveConfig = (
  token: string,
  change: { config: HallConfigDoc; reason: string; dryRun: boolean; applyFrom: ApplyFrom; baseRevision: number },
) => call<ChangeOutcome>('PUT', '/config', token, change);

export const fetchRevisions = (token: string) => call<{ revisions: RevisionSummary[] }>('GET', '/config/revisions', token);

export const fetchRevision = (token: string, id: number) =>
  call<{ revision: RevisionSummary; diff: DiffEntry[] }>('GET', `/config/revisions/${id}`, token);

export const rollbackTo = (token: string, id: number, reason: string) =>
  call<ChangeOutcome>('POST', `/config/revisions/${id}/rollback`, token, { reason });

export const exportYaml = (token: string) => call<string>('GET', '/config.yaml', token);

export const importYaml = (token: string, yaml: string, reason: string, dryRun: boolean) =>
  call<ChangeOutcome>('POST', '/config/import', token, { yaml, reason, dryRun });

export interface ProcedureRowError {
  row: number;
  column?: string;
  message: LocalizedText | string;
}

export interface ProceduresImportOutcome {
  added: string[];
  changed: string[];
  unchanged: string[];
  errors: ProcedureRowError[];
  revision?: RevisionSummary;
}

export const importProcedures = (
  token: string,
  file: { fileName: string; contentBase64: string },
  reason: string,
  dryRun: boolean,
) => call<ProceduresImportOutcome>('POST', '/procedures/import', token, { ...file, reason, dryRun });

export interface CalendarImportOutcome {
  holidays: string[];
  makeUpDays: string[];
  errors: ProcedureRowError[];
}

export const importCalendar = (token: string, text: string, reason: string, dryRun: boolean) =>
  call<CalendarImportOutcome & ChangeOutcome>('POST', '/config/calendar/import', token, { text, reason, dryRun });
