import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Dialog } from './Dialog';

/** Refusal (form 03): the reason is required; it is printed on the notice. */
export function RefuseDialog({ onRefuse, onCancel }: { onRefuse(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onRefuse(reason.trim());
  };
  return (
    <Dialog title={t('dossier.refuseHeading')} onCancel={onCancel}>
      <form className="dialog-form" onSubmit={submit}>
        <label>
          {t('dossier.refuseReason')}
          <textarea name="reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {missing && <p className="notice notice-error">{t('dossier.reasonRequired')}</p>}
        <button type="submit" className="danger">
          {t('dossier.refuse')}
        </button>
      </form>
    </Dialog>
  );
}
