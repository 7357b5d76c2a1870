import { useI18n } from '../i18n/i18n-context';
import { Dialog } from './Dialog';

export function CloseDialog({ onClose, onCancel }: { onClose(): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('close.heading')} onCancel={onCancel}>
      <p>{t('close.body')}</p>
      <button type="button" className="primary danger" onClick={onClose}>
        {t('close.submit')}
      </button>
    </Dialog>
  );
}
