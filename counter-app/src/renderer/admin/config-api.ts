/**
 * The hub's config API as the console calls it (admin changes, supervisor
 * reads), typed by `@luot/protocol`'s hall-config-admin. All the routes are
 * here, so a change of route is made in one place. The token travels in the
 * Authorization header only.
 */
import {
  API_BASE,
  isLuotError,
  luotError,
  type ApplyFrom,
  type CalendarImportOutcome,
  type ConfigChangeOutcome,
  type ConfigDiffEntry,
  type ConfigProblem,
  type ConfigRevisionDetail,
  type ConfigRevisionSummary,
  type CurrentConfig as WireCurrentConfig,
  type ImportRowError,
  type LuotError,
  type ProceduresImportOutcome,
} from '@luot/protocol';
import type { HallConfigDoc } from './config-doc';

export type { ApplyFrom, CalendarImportOutcome, ConfigChangeOutcome, ConfigProblem, ProceduresImportOutcome };
export type RevisionSummary = ConfigRevisionSummary;
export type DiffEntry = ConfigDiffEntry;

/** The hub's refusal, with the problems it found when it says them (field paths and why). */
export interface ConfigRefusal extends LuotError {
  problems?: ConfigProblem[];
  /** An import's rows that could not be read (a file with bad rows applies nothing). */
  rowErrors?: ImportRowError[];
}

export type CurrentConfig = Omit<WireCurrentConfig, 'config'> & { config: HallConfigDoc };

export type ConfigResult<T> = { ok: true; value: T } | { ok: false; error: ConfigRefusal };

/** JSON answers parsed; a non-JSON answer (the YAML export) is handed over as text. */
function parseAnswer(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The problems a refusal carries, wherever the hub put them (beside the error or inside it). */
function problemsOf(body: unknown, error: Record<string, unknown>): ConfigProblem[] | undefined {
  const inside = error.problems;
  const beside = typeof body === 'object' && body !== null ? (body as { problems?: unknown }).problems : undefined;
  const found = Array.isArray(inside) ? inside : Array.isArray(beside) ? beside : undefined;
  return found as ConfigProblem[] | undefined;
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
  const parsed = parseAnswer(await response.text());
  if (response.ok) return { ok: true, value: parsed as T };
  const error = typeof parsed === 'object' && parsed !== null && 'error' in parsed ? (parsed as { error: unknown }).error : null;
  if (!isLuotError(error)) return { ok: false, error: luotError(response.status === 401 ? 'unauthenticated' : 'internal') };
  const problems = problemsOf(parsed, error as unknown as Record<string, unknown>);
  const rowErrors = typeof parsed === 'object' && parsed !== null ? (parsed as { rowErrors?: unknown }).rowErrors : undefined;
  return {
    ok: false,
    error: {
      ...error,
      ...(problems === undefined ? {} : { problems }),
      ...(Array.isArray(rowErrors) ? { rowErrors: rowErrors as ImportRowError[] } : {}),
    },
  };
}

/** `GET /api/v1/config`: the config in force, its revision, and a change waiting for tomorrow. */
export const fetchConfig = (token: string) => call<CurrentConfig>('GET', '/config', token);

/** `POST /api/v1/config/changes` with the whole edited config. */
export const saveConfig = (token: string, change: { config: HallConfigDoc; reason: string; dryRun: boolean; applyFrom: ApplyFrom }) =>
  call<ConfigChangeOutcome>('POST', '/config/changes', token, change);

/** `GET /api/v1/config/revisions`: newest first. */
export async function fetchRevisions(token: string): Promise<ConfigResult<RevisionSummary[]>> {
  const r = await call<RevisionSummary[] | { revisions: RevisionSummary[] }>('GET', '/config/revisions', token);
  if (!r.ok) return r;
  const list = Array.isArray(r.value) ? r.value : r.value.revisions;
  return { ok: true, value: [...list].sort((a, b) => b.id - a.id) };
}

export const fetchRevision = (token: string, id: number) => call<ConfigRevisionDetail>('GET', `/config/revisions/${id}`, token);

export const rollbackTo = (token: string, id: number, reason: string, dryRun = false) =>
  call<ConfigChangeOutcome>('POST', `/config/revisions/${id}/rollback`, token, { reason, dryRun });

/** `DELETE /api/v1/config/pending`: the change waiting for tomorrow is dropped. */
export const cancelPending = (token: string) => call<null>('DELETE', '/config/pending', token);

/** The current config as the YAML `LUOT_CONFIG` reads. */
export const exportYaml = (token: string) => call<string>('GET', '/config/export.yaml', token);

export const importYaml = (token: string, text: string, reason: string, dryRun: boolean) =>
  call<ConfigChangeOutcome>('POST', '/config/import', token, { text, reason, dryRun, format: 'yaml' });

export const importProcedures = (token: string, file: { format: 'csv' | 'xlsx'; data: string }, reason: string, dryRun: boolean) =>
  call<ProceduresImportOutcome>('POST', '/config/procedures-import', token, { ...file, reason, dryRun });

export const importCalendar = (token: string, text: string, format: 'json' | 'csv', reason: string, dryRun: boolean) =>
  call<CalendarImportOutcome>('POST', '/config/calendar-import', token, { text, format, reason, dryRun });
