import { useState } from 'react';
import type { AdminSession } from '../admin-session';
import { useI18n } from '../i18n/i18n-context';
import { exportYaml, importYaml, type ConfigProblem, type ConfigRefusal, type DiffEntry } from './config-api';
import { reasonProblem, refusalFromProblems } from './save-feedback';
import { ProblemList } from './ProblemList';
import { DiffList } from './DiffList';
import { ReasonInput } from './ReasonInput';

/**
 * The config as YAML, the format `LUOT_CONFIG` reads: export it to keep it in
 * version control; import one with a preview of what it would change.
 */
export function YamlPanel({ session, canEdit, onApplied }: { session: AdminSession; canEdit: boolean; onApplied(): void }) {
  const { t, pick } = useI18n();
  const [yaml, setYaml] = useState('');
  const [reason, setReason] = useState('');
  const [showProblem, setShowProblem] = useState(false);
  const [preview, setPreview] = useState<{ diff: DiffEntry[]; problems: ConfigProblem[]; dryRun: boolean } | null>(null);
  const [refusal, setRefusal] = useState<ConfigRefusal | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    if (session.token === null) return;
    const r = await exportYaml(session.token);
    if (!r.ok) {
      setRefusal(r.error);
      return;
    }
    const url = URL.createObjectURL(new Blob([r.value], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'hall.yaml';
    a.click();
    URL.revokeObjectURL(url);
  };
  const run = async (dryRun: boolean) => {
    setShowProblem(true);
    if (session.token === null || yaml.trim() === '' || reasonProblem(reason) !== null) return;
    setBusy(true);
    const r = await importYaml(session.token, yaml, reason.trim(), dryRun);
    setBusy(false);
    const refused = !r.ok ? r.error : dryRun || r.value.written ? null : refusalFromProblems(r.value.problems);
    setRefusal(refused);
    setPreview(r.ok && refused === null ? { diff: r.value.diff, problems: r.value.problems, dryRun } : null);
    if (refused === null && !dryRun) onApplied();
  };

  return (
    <section className="panel" data-testid="yaml-panel">
      <h2>{t('revCfg.yaml')}</h2>
      <button type="button" data-action="export-yaml" onClick={() => void download()}>
        {t('revCfg.export')}
      </button>
      {canEdit && (
        <>
          <p className="muted">{t('revCfg.importHelp')}</p>
          <input type="file" accept=".yaml,.yml,application/yaml,text/yaml" onChange={(e) => void e.target.files?.[0]?.text().then(setYaml)} />
          <textarea name="yaml" rows={6} value={yaml} onChange={(e) => {
            setYaml(e.target.value);
            setPreview(null);
          }} />
          <div className="save-row">
            <ReasonInput value={reason} onChange={setReason} showProblem={showProblem} />
            <button type="button" disabled={busy || yaml.trim() === ''} data-action="preview-yaml" onClick={() => void run(true)}>
              {t('import.preview')}
            </button>
            <button type="button" className="primary" disabled={busy || preview === null || !preview.dryRun || preview.problems.length > 0} data-action="apply-yaml" onClick={() => void run(false)}>
              {t('import.apply')}
            </button>
          </div>
        </>
      )}
      {refusal !== null && (
        <p className="notice notice-error" role="alert">
          {pick(refusal.message)} {t('admin.nothingChanged')}
        </p>
      )}
      {preview !== null && (
        <div role="status" data-testid="yaml-preview">
          {!preview.dryRun && <p>{t('revCfg.imported')}</p>}
          <ProblemList problems={preview.problems} />
          <DiffList diff={preview.diff} />
        </div>
      )}
    </section>
  );
}
