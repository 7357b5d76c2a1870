import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { DiffList } from './DiffList';
import { ProblemList } from './ProblemList';
import { reasonProblem, safePathOf } from './save-feedback';
import type { ConfigDraft } from './use-config-draft';

/**
 * Under every config screen: the one-line reason a change needs, a check
 * (dry run) and the save; then the hub's answer. A refusal says why in the
 * hub's words and offers the safe path; the hub changed nothing.
 */
export function SaveBar({ draft, canEdit }: { draft: ConfigDraft; canEdit: boolean }) {
  const { t, pick } = useI18n();
  const [reason, setReason] = useState('');
  const [tomorrow, setTomorrow] = useState(false);
  const [reasonShown, setReasonShown] = useState(false);
  if (!canEdit) return <p className="muted read-only-note">{t('admin.readOnly')}</p>;

  const problem = reasonProblem(reason);
  const submit = (dryRun: boolean, applyFrom: 'now' | 'tomorrow' = tomorrow ? 'tomorrow' : 'now') => {
    setReasonShown(true);
    if (problem !== null) return;
    void draft.save(reason, { dryRun, applyFrom }).then((written) => {
      // A refused save keeps the reason: the admin fixes the field and saves again.
      if (!written) return;
      setReason('');
      setReasonShown(false);
    });
  };
  const last = draft.last;
  const safePath = last?.kind === 'refused' ? safePathOf(last.error) : null;

  const pending = draft.current?.pending ?? null;
  return (
    <section className="panel save-bar" aria-label={t('admin.saveTitle')} data-testid="save-bar">
      {pending !== null && (
        <p className="notice notice-info" data-testid="pending-change">
          {t('admin.pending', { day: pending.applyOn ?? '', reason: pending.reason })}{' '}
          <button type="button" className="link-button" disabled={draft.busy} data-action="cancel-pending" onClick={() => void draft.cancelPending()}>
            {t('admin.cancelPending')}
          </button>
        </p>
      )}
      <div className="save-row">
        <label className="reason-field">
          {t('admin.reason')}
          <input
            name="reason"
            maxLength={200}
            value={reason}
            placeholder={t('admin.reasonPlaceholder')}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonShown && problem !== null}
          />
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={tomorrow} onChange={(e) => setTomorrow(e.target.checked)} name="applyTomorrow" />
          {t('admin.applyTomorrow')}
        </label>
        <button type="button" disabled={draft.busy || !draft.dirty} onClick={() => submit(true)} data-action="check">
          {t('admin.check')}
        </button>
        <button type="button" className="primary" disabled={draft.busy || !draft.dirty} onClick={() => submit(false)} data-action="save">
          {t('admin.save')}
        </button>
        <button type="button" className="link-button" disabled={draft.busy || !draft.dirty} onClick={draft.discard}>
          {t('admin.discard')}
        </button>
      </div>
      {reasonShown && problem !== null && (
        <p className="field-issue" role="alert">
          {t(problem === 'empty' ? 'admin.reasonMissing' : 'admin.reasonTooLong')}
        </p>
      )}
      {draft.dirty && <p className="muted">{t('admin.unsaved')}</p>}
      {last?.kind === 'saved' && (
        <div className="notice notice-info" role="status" data-testid="save-outcome">
          {last.dryRun
            ? last.outcome.problems.length > 0
              ? t('admin.checkedProblems', { count: last.outcome.problems.length })
              : t('admin.checked', { count: last.outcome.diff.length })
            : last.outcome.revision?.state === 'pending'
              ? t('admin.savedTomorrow')
              : t('admin.saved', { revision: last.outcome.revision?.id ?? '' })}
          {last.dryRun && <ProblemList problems={last.outcome.problems} />}
          {last.dryRun && <DiffList diff={last.outcome.diff} />}
        </div>
      )}
      {last?.kind === 'refused' && (
        <div className="notice notice-error" role="alert" data-testid="save-refusal">
          <p>{pick(last.error.message)}</p>
          {(last.error.problems ?? []).length > 1 && <ProblemList problems={last.error.problems ?? []} />}
          <p className="muted">{t('admin.nothingChanged')}</p>
          {safePath === 'move-waiting-tickets' && (
            <a href="#today" data-action="safe-path">
              {t('admin.safeMoveTickets')}
            </a>
          )}
          {safePath === 'sign-officer-out' && <p>{t('admin.safeSignOut')}</p>}
          {safePath === 'apply-tomorrow' && (
            <button type="button" data-action="safe-path" disabled={draft.busy} onClick={() => submit(false, 'tomorrow')}>
              {t('admin.safeTomorrow')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
