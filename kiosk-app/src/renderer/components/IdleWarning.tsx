import { useI18n } from '../hooks/use-i18n';
import { UiIcon } from './UiIcon';

/** "Còn X giây": shown a few seconds before the kiosk goes home by itself; any touch keeps the visit. */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useI18n();
  return (
    <div className="overlay idle-warning" data-testid="idle-warning" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-seconds">
      <div className="overlay-card">
        <UiIcon name="hand" size="5rem" />
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p className="countdown" id="idle-seconds" data-testid="idle-seconds">
          {t('idle.countdown', { seconds: secondsLeft })}
        </p>
        <button type="button" className="big-button big-button-primary" data-testid="idle-stay">
          <span className="big-button-label">{t('idle.stay')}</span>
        </button>
      </div>
    </div>
  );
}
