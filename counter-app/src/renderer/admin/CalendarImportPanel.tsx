import { useState } from 'react';
import type { AdminSession } from '../admin-session';
import { useI18n } from '../i18n/i18n-context';
import { importCalendar, type CalendarImportOutcome, type ConfigRefusal } from './config-api';
import { reasonProblem } from './save-feedback';
import { ReasonInput } from './ReasonInput';
import { RowErrors } from './RowErrors';
import { ProblemList } from './ProblemList';
import { calendarFormatOf } from './import-format';

/** The yearly import of the Government's holidays and make-up working days: preview, then apply. */
export function CalendarImportPanel({ session, onApplied }: { session: AdminSession; onApplied(): void }) {
  const { t, pick } = useI18n();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [showProblem, setShowProblem] = useState(false);
  const [preview, setPreview] = useState<{ outcome: CalendarImportOutcome; dryRun: boolean } | null>(null);
  const [refusal, setRefusal] = useState<ConfigRefusal | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    setShowProblem(true);
    if (session.token === null || text.trim() === '' || reasonProblem(reason) !== null) return;
    setBusy(true);
    const r = await importCalendar(session.token, text, calendarFormatOf(text), reason.trim(), dryRun);
    setBusy(false);
    setRefusal(r.ok ? null : r.error);
    setPreview(r.ok ? { outcome: r.value, dryRun } : null);
    if (r.ok && !dryRun) onApplied();
  };

  return (
    <section className="panel" data-testid="calendar-import">
      <h2>{t('calCfg.import')}</h2>
      <p className="muted">{t('calCfg.importHelp')}</p>
      <input type="file" accept=".json,.csv,text/csv,application/json" onChange={(e) => void e.target.files?.[0]?.text().then(setText)} />
      <textarea name="calendar-text" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="save-row">
        <ReasonInput value={reason} onChange={setReason} showProblem={showProblem} />
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => void run(true)}>
          {t('import.preview')}
        </button>
        <button type="button" className="primary" disabled={busy || preview === null || !preview.dryRun || preview.outcome.rowErrors.length > 0 || preview.outcome.problems.length > 0}
          onClick={() => void run(false)}>
          {t('import.apply')}
        </button>
      </div>
      {refusal !== null && (
        <p className="notice notice-error" role="alert">
          {pick(refusal.message)} {t('admin.nothingChanged')}
        </p>
      )}
      {refusal?.rowErrors !== undefined && <RowErrors errors={refusal.rowErrors} />}
      {preview !== null && (
        <div role="status">
          <p>{t('calCfg.importCounts', { holidays: preview.outcome.holidays.length, makeUp: preview.outcome.makeUpDays.length })}</p>
          <RowErrors errors={preview.outcome.rowErrors} />
          <ProblemList problems={preview.outcome.problems} />
        </div>
      )}
    </section>
  );
}
