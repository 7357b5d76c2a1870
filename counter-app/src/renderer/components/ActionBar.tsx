import type { CounterView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/vi';
import { shortcutLabel, type CounterAction } from '../model/shortcuts';

interface Props {
  counter: CounterView;
  available: ReadonlySet<CounterAction>;
  busy: boolean;
  onAction(action: CounterAction): void;
}

const PRIMARY: CounterAction[] = ['callNext', 'recall', 'startServing', 'finish', 'noShow'];
const SECONDARY: CounterAction[] = ['transfer', 'callNumber', 'reactivate', 'pauseOrResume', 'close'];

function labelKey(action: CounterAction, counter: CounterView): MessageKey {
  if (action === 'pauseOrResume') {
    return counter.state === 'open' ? 'action.pause' : counter.state === 'paused' ? 'action.resume' : 'action.open';
  }
  return `action.${action}` as const;
}

/** Every action as a button with its shortcut key on it. */
export function ActionBar({ counter, available, busy, onAction }: Props) {
  const { t } = useI18n();
  const button = (action: CounterAction) => {
    const key = shortcutLabel(action);
    return (
      <button
        key={action}
        type="button"
        className={`action action-${action}`}
        data-action={action}
        disabled={busy || !available.has(action)}
        onClick={() => onAction(action)}
      >
        <span>{t(labelKey(action, counter))}</span>
        {key && <kbd>{key}</kbd>}
      </button>
    );
  };
  return (
    <nav className="action-bar" aria-label={t('action.shortcuts')}>
      <div className="action-row primary-row">{PRIMARY.map(button)}</div>
      <div className="action-row">{SECONDARY.map(button)}</div>
    </nav>
  );
}
