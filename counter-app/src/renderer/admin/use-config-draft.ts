import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AdminSession } from '../admin-session';
import { cancelPending, fetchConfig, saveConfig, type ApplyFrom, type ConfigChangeOutcome as ChangeOutcome, type ConfigRefusal, type CurrentConfig } from './config-api';
import type { HallConfigDoc } from './config-doc';
import { fieldIssuesOf, refusalFromProblems } from './save-feedback';

export type SaveResult = { kind: 'saved'; outcome: ChangeOutcome; dryRun: boolean } | { kind: 'refused'; error: ConfigRefusal };

/**
 * The hall config being edited on one screen: the hub's current revision, the
 * admin's draft of it, and the last save's answer. A refused save keeps the
 * draft (so the admin can fix the field named) and the hub's config unchanged.
 */
export function useConfigDraft(session: AdminSession) {
  const [current, setCurrent] = useState<CurrentConfig | null>(null);
  const [draft, setDraft] = useState<HallConfigDoc | null>(null);
  const [last, setLast] = useState<SaveResult | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    if (session.token === null) return;
    const r = await fetchConfig(session.token);
    if (r.ok) {
      setCurrent(r.value);
      setDraft(structuredClone(r.value.config));
    } else setLast({ kind: 'refused', error: r.error });
  }, [session]);
  useEffect(() => void reload(), [reload]);

  /** Resolves true when the change was written (applied now or pending). */
  const save = async (reason: string, options: { dryRun: boolean; applyFrom: ApplyFrom }): Promise<boolean> => {
    if (session.token === null || draft === null || current === null) return false;
    setBusy(true);
    const r = await saveConfig(session.token, { config: draft, reason: reason.trim(), dryRun: options.dryRun, applyFrom: options.applyFrom });
    setBusy(false);
    if (!r.ok) {
      setLast({ kind: 'refused', error: r.error });
      return false;
    }
    const refusal = options.dryRun || r.value.written ? null : refusalFromProblems(r.value.problems);
    if (refusal !== null) {
      setLast({ kind: 'refused', error: refusal });
      return false;
    }
    setLast({ kind: 'saved', outcome: r.value, dryRun: options.dryRun });
    if (!options.dryRun) {
      const fresh = session.token === null ? null : await fetchConfig(session.token);
      if (fresh?.ok) {
        setCurrent(fresh.value);
        setDraft(structuredClone(fresh.value.config));
      }
    }
    return !options.dryRun;
  };

  const dirty = useMemo(
    () => draft !== null && current !== null && JSON.stringify(draft) !== JSON.stringify(current.config),
    [draft, current],
  );
  const issues = useMemo(
    () => (last?.kind === 'refused' ? fieldIssuesOf(last.error) : fieldIssuesOf(null, last?.outcome.problems ?? [])),
    [last],
  );

  return {
    current,
    draft,
    dirty,
    busy,
    last,
    issues,
    edit: (change: (doc: HallConfigDoc) => HallConfigDoc) => setDraft((d) => (d === null ? d : change(d))),
    discard: () => {
      if (current !== null) setDraft(structuredClone(current.config));
      setLast(null);
    },
    save,
    reload,
    cancelPending: async () => {
      if (session.token === null) return;
      const r = await cancelPending(session.token);
      if (!r.ok) setLast({ kind: 'refused', error: r.error });
      await reload();
    },
  };
}

export type ConfigDraft = ReturnType<typeof useConfigDraft>;
