import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { SectionProps } from './section-props';
import { importProcedures, type ConfigRefusal, type ProceduresImportOutcome } from './config-api';
import { useConfigDraft } from './use-config-draft';
import { fileAsBase64 } from './file-content';
import { reasonProblem } from './save-feedback';
import { ReasonInput } from './ReasonInput';
import { RowErrors } from './RowErrors';
import { ProblemList } from './ProblemList';
import { spreadsheetFormatOf } from './import-format';

/**
 * "Thủ tục": the catalogue as the hall has it, and its import from the
 * province's spreadsheet (XLSX or CSV): a dry run first shows what would be
 * added or changed and names each bad row; applying makes a new revision.
 */
export function ProceduresSection({ session, canEdit }: SectionProps) {
  const { t, pick } = useI18n();
  const config = useConfigDraft(session);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [showProblem, setShowProblem] = useState(false);
  const [preview, setPreview] = useState<{ outcome: ProceduresImportOutcome; dryRun: boolean } | null>(null);
  const [refusal, setRefusal] = useState<ConfigRefusal | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    setShowProblem(true);
    if (file === null || session.token === null || reasonProblem(reason) !== null) return;
    setBusy(true);
    const format = spreadsheetFormatOf(file.name);
    const data = format === 'xlsx' ? await fileAsBase64(file) : await file.text();
    const r = await importProcedures(session.token, { format, data }, reason.trim(), dryRun);
    setBusy(false);
    setRefusal(r.ok ? null : r.error);
    setPreview(r.ok ? { outcome: r.value, dryRun } : null);
    if (r.ok && !dryRun) void config.reload();
  };
  const procedures = config.draft?.procedures ?? [];

  return (
    <main className="admin-section" aria-label={t('nav.procedures')}>
      {canEdit && (
        <section className="panel" data-testid="procedures-import">
          <h2>{t('procCfg.import')}</h2>
          <p className="muted">{t('procCfg.importHelp')}</p>
          <div className="save-row">
            <input type="file" name="procedures-file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPreview(null);
              }} />
            <ReasonInput value={reason} onChange={setReason} showProblem={showProblem} />
            <button type="button" disabled={busy || file === null} data-action="preview" onClick={() => void run(true)}>
              {t('import.preview')}
            </button>
            <button type="button" className="primary" data-action="apply"
              disabled={busy || preview === null || !preview.dryRun || preview.outcome.rowErrors.length > 0 || preview.outcome.problems.length > 0}
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
            <div data-testid="import-preview" role="status">
              <p>
                {t(preview.dryRun ? 'procCfg.previewCounts' : 'procCfg.appliedCounts', {
                  added: preview.outcome.added.length,
                  changed: preview.outcome.changed.length,
                  unchanged: preview.outcome.unchanged.length,
                })}
              </p>
              {preview.outcome.rowErrors.length > 0 && <p className="muted">{t('procCfg.fixRows')}</p>}
              <RowErrors errors={preview.outcome.rowErrors} />
              <ProblemList problems={preview.outcome.problems} />
            </div>
          )}
        </section>
      )}
      <section className="panel" data-testid="procedures-list">
        <h2>{t('procCfg.catalogue', { count: procedures.length })}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('cfg.code')}</th>
              <th>{t('procCfg.name')}</th>
              <th>{t('procCfg.field')}</th>
              <th>{t('procCfg.department')}</th>
              <th>{t('procCfg.days')}</th>
              <th>{t('procCfg.fee')}</th>
            </tr>
          </thead>
          <tbody>
            {procedures.map((p) => (
              <tr key={p.code}>
                <td className="nowrap">{p.code}</td>
                <td>{p.name}</td>
                <td>{p.field}</td>
                <td>{p.department}</td>
                <td>{p.processingDays}</td>
                <td>{p.fee}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
