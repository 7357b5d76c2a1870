import { useI18n } from '../i18n/i18n-context';
import { reasonProblem } from './save-feedback';

/** The one-line reason every change carries into its revision and the audit log. */
export function ReasonInput({ value, onChange, showProblem }: { value: string; onChange(value: string): void; showProblem: boolean }) {
  const { t } = useI18n();
  const problem = reasonProblem(value);
  return (
    <label className="reason-field">
      {t('admin.reason')}
      <input name="reason" maxLength={200} value={value} placeholder={t('admin.reasonPlaceholder')} onChange={(e) => onChange(e.target.value)}
        aria-invalid={showProblem && problem !== null} />
      {showProblem && problem !== null && (
        <span className="field-issue" role="alert">
          {t(problem === 'empty' ? 'admin.reasonMissing' : 'admin.reasonTooLong')}
        </span>
      )}
    </label>
  );
}
