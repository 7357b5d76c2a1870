import { useCallback } from 'react';
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { Dialog } from './Dialog';

interface Props {
  code: string;
  onFinish(outcome: Outcome): void;
  onCancel(): void;
}

/** The outcome of a service, one click or one digit key (1–4). */
export function FinishDialog({ code, onFinish, onCancel }: Props) {
  const { t, pick } = useI18n();
  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const outcome = OUTCOMES[Number(event.key) - 1];
      if (outcome !== undefined) {
        event.preventDefault();
        onFinish(outcome);
      }
    },
    [onFinish],
  );
  return (
    <Dialog title={t('finish.heading', { code })} onCancel={onCancel} onKey={onKey}>
      <p className="muted">{t('finish.prompt')}</p>
      <div className="choice-list">
        {OUTCOMES.map((outcome, i) => (
          <button
            key={outcome}
            type="button"
            className="choice"
            data-outcome={outcome}
            onClick={() => onFinish(outcome)}
          >
            <kbd>{i + 1}</kbd> {pick(OUTCOME_LABELS[outcome])}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
