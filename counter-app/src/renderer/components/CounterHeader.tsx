import type { CounterView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';
import { CounterStateBadge } from './CounterStateBadge';
import { counterTitle } from '../model/counter-title';

interface Props {
  counter: CounterView;
  officerName: string;
  offline: boolean;
  deviceLabel: string;
  onSignOut(): void;
}

export function CounterHeader({ counter, officerName, offline, deviceLabel, onSignOut }: Props) {
  const { t, pick } = useI18n();
  return (
    <header className="app-header">
      <div className="header-title">
        <span className="brand-mark">{t('app.name')}</span>
        <strong>{counterTitle(counter, pick(counter.name), t('header.counter', { number: counter.number }))}</strong>
        <CounterStateBadge counter={counter} />
      </div>
      <div className="header-tools">
        <span className="muted" title={t('header.devices')}>
          {deviceLabel}
        </span>
        <span className="officer-name">{officerName}</span>
        <LanguageSwitch />
        <button type="button" className="link-button" onClick={onSignOut}>
          {t('header.signOut')}
        </button>
      </div>
      {offline && (
        <p className="offline-banner" role="alert">
          {t('header.offline')}
        </p>
      )}
    </header>
  );
}
