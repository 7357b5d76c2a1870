import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { formatHallDate, formatHallTime } from '../model/appointment';
import type { SectionProps } from './section-props';
import { fetchRevision, fetchRevisions, rollbackTo, type ConfigRefusal, type DiffEntry, type RevisionSummary } from './config-api';
import { reasonProblem, refusalFromProblems } from './save-feedback';
import { DiffList } from './DiffList';
import { ReasonInput } from './ReasonInput';
import { YamlPanel } from './YamlPanel';

/**
 * "Phiên bản": every change with who, when and why; a revision's diff
 * against the one before; roll back to any; export and import YAML.
 */
export function RevisionsSection({ session, canEdit }: SectionProps) {
  const { t, pick } = useI18n();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [open, setOpen] = useState<{ id: number; diff: DiffEntry[] } | null>(null);
  const [reason, setReason] = useState('');
  const [showProblem, setShowProblem] = useState(false);
  const [refusal, setRefusal] = useState<ConfigRefusal | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (session.token === null) return;
    const r = await fetchRevisions(session.token);
    if (r.ok) setRevisions(r.value);
    else setRefusal(r.error);
  }, [session]);
  useEffect(() => void load(), [load]);

  const show = async (id: number) => {
    if (session.token === null) return;
    const r = await fetchRevision(session.token, id);
    if (r.ok) setOpen({ id, diff: r.value.diff });
    else setRefusal(r.error);
  };
  const rollback = async (id: number) => {
    setShowProblem(true);
    if (session.token === null || reasonProblem(reason) !== null) return;
    setBusy(true);
    const r = await rollbackTo(session.token, id, reason.trim());
    setBusy(false);
    const refused = !r.ok ? r.error : r.value.written ? null : refusalFromProblems(r.value.problems);
    setRefusal(refused);
    if (refused === null) {
      setDone(id);
      setReason('');
      setShowProblem(false);
      await load();
    }
  };
  const latest = revisions?.[0]?.id;

  return (
    <main className="admin-section" aria-label={t('nav.revisions')}>
      <section className="panel" data-testid="revisions">
        <h2>{t('revCfg.history')}</h2>
        {refusal !== null && (
          <p className="notice notice-error" role="alert">
            {pick(refusal.message)} {t('admin.nothingChanged')}
          </p>
        )}
        {done !== null && (
          <p className="notice notice-info" role="status">
            {t('revCfg.rolledBack', { revision: done })}
          </p>
        )}
        {canEdit && <ReasonInput value={reason} onChange={setReason} showProblem={showProblem} />}
        <table className="data-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('revCfg.when')}</th>
              <th>{t('revCfg.who')}</th>
              <th>{t('revCfg.source')}</th>
              <th>{t('revCfg.reason')}</th>
              <th>{t('sup.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(revisions ?? []).map((r) => {
              const at = r.at;
              return (
                <tr key={r.id} data-revision={r.id}>
                  <td>{r.id}</td>
                  <td className="nowrap">
                    {formatHallDate(at)} {formatHallTime(at)}
                  </td>
                  <td>{r.actor.replace(/^user:/, '')}</td>
                  <td>{t(`revCfg.source.${r.source}`)}{r.state !== 'applied' && ` (${t(`revCfg.state.${r.state}`)}${r.applyOn === null ? '' : ` ${r.applyOn}`})`}</td>
                  <td>{r.reason}</td>
                  <td className="row-actions">
                    <button type="button" data-action="show-diff" onClick={() => void show(r.id)}>
                      {t('revCfg.showDiff')}
                    </button>
                    {canEdit && r.id !== latest && (
                      <button type="button" data-action="rollback" disabled={busy} onClick={() => void rollback(r.id)}>
                        {t('revCfg.rollback')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {open !== null && (
          <div data-testid="revision-diff">
            <h3>{t('revCfg.diffOf', { revision: open.id })}</h3>
            <DiffList diff={open.diff} />
          </div>
        )}
      </section>
      <YamlPanel session={session} canEdit={canEdit} onApplied={() => void load()} />
    </main>
  );
}
