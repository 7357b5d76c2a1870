import type { CounterView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';

export function CounterStateBadge({ counter }: { counter: CounterView }) {
  const { t } = useI18n();
  const text =
    counter.state === 'open'
      ? t('state.open')
      : counter.state === 'closed'
        ? t('state.closed')
        : counter.pauseReason
          ? t('state.pausedWith', { reason: counter.pauseReason })
          : t('state.paused');
  return (
    <span className={`badge badge-${counter.state}`} data-testid={`counter-state-${counter.number}`}>
      {text}
    </span>
  );
}
