import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { Dialog } from './Dialog';

export const PAUSE_REASONS = ['meeting', 'break', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
const REASON_KEYS: Record<PauseReason, MessageKey> = {
  meeting: 'pause.meeting',
  break: 'pause.break',
  other: 'pause.other',
};

/**
 * The reason travels as Vietnamese text whatever the screen's language:
 * display boards and supervisors show it as is (the wire carries a free string).
 */
export function PauseDialog({ onPause, onCancel }: { onPause(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<PauseReason>('break');
  const [other, setOther] = useState('');
  const text = reason === 'other' ? other.trim() : translate('vi', REASON_KEYS[reason]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text !== '') onPause(text);
  };
  return (
    <Dialog title={t('pause.heading')} onCancel={onCancel}>
      <form className="dialog-form" onSubmit={submit}>
        {PAUSE_REASONS.map((r) => (
          <label key={r} className="radio">
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
            {t(REASON_KEYS[r])}
          </label>
        ))}
        {reason === 'other' && (
          <label>
            {t('pause.otherLabel')}
            <input name="otherReason" maxLength={200} value={other} onChange={(e) => setOther(e.target.value)} />
          </label>
        )}
        <button type="submit" className="primary" disabled={text === ''}>
          {t('pause.submit')}
        </button>
      </form>
    </Dialog>
  );
}
