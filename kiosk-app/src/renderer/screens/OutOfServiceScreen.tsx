import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

/**
 * Covers the kiosk while the hub cannot be reached (or refuses this kiosk).
 * It sits on top of the visit, so a citizen mid-visit continues where they
 * were when the connection comes back.
 */
export function OutOfServiceScreen({ refused }: { refused: boolean }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="overlay out-of-service" data-testid="out-of-service" role="alert">
      <div className="out-of-service-card">
        <UiIcon name="unplugged" size="10rem" />
        <h1>{t('outOfService.title')}</h1>
        <p className="message-body">{refused ? t('outOfService.refused') : t('outOfService.body')}</p>
        {refused ? null : (
          <p className="reconnecting">
            <span className="spinner small" aria-hidden="true" /> {t('outOfService.reconnecting')}
          </p>
        )}
        <button type="button" className="nav-button lang-button" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
          <UiIcon name="language" /> <span>{t('lang.switch')}</span>
        </button>
      </div>
    </div>
  );
}
