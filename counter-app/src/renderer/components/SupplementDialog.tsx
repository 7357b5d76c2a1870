import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { parseItemLines } from '../model/document-checklist';
import { Dialog } from './Dialog';

interface Props {
  /** Required documents not ticked: offered as the items to bring. */
  missing: string[];
  onRequest(reason: string, items: string[]): void;
  onCancel(): void;
}

/** Supplement request (form 02): why, and what to bring, one item per line. */
export function SupplementDialog({ missing, onRequest, onCancel }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [items, setItems] = useState(missing.join('\n'));
  const [problem, setProblem] = useState<'reason' | 'items' | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = parseItemLines(items);
    if (reason.trim() === '') setProblem('reason');
    else if (list.length === 0) setProblem('items');
    else onRequest(reason.trim(), list);
  };
  return (
    <Dialog title={t('dossier.supplementHeading')} onCancel={onCancel}>
      <form className="dialog-form" onSubmit={submit}>
        <label>
          {t('dossier.supplementReason')}
          <input name="reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label>
          {t('dossier.supplementItems')}
          <textarea name="items" rows={4} value={items} onChange={(e) => setItems(e.target.value)} />
        </label>
        {problem && (
          <p className="notice notice-error">
            {t(problem === 'reason' ? 'dossier.reasonRequired' : 'dossier.itemsRequired')}
          </p>
        )}
        <button type="submit" className="primary">
          {t('dossier.requestSupplement')}
        </button>
      </form>
    </Dialog>
  );
}
