import { ScreenFrame } from '../components/ScreenFrame';
import { useI18n } from '../hooks/use-i18n';

/** While the hub answers; says so when it is waiting for the connection to come back. */
export function IssuingScreen({ hallName, waitingForHub, title }: { hallName: string; waitingForHub: boolean; title?: string }) {
  const { t } = useI18n();
  return (
    <ScreenFrame name="issuing" hallName={hallName}>
      <div className="message-panel" data-testid="issuing">
        <div className="spinner" aria-hidden="true" />
        <h1>{title ?? t('issuing.title')}</h1>
        {waitingForHub ? <p className="message-body">{t('issuing.reconnecting')}</p> : null}
      </div>
    </ScreenFrame>
  );
}
