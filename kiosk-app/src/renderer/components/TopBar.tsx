import { useI18n } from '../hooks/use-i18n';
import { LANGUAGE_INFO, nextLanguage } from '../i18n/languages';
import { LANGUAGES } from '../i18n/translate';
import { useDisplayMode } from '../settings/display-mode';
import { useGuidance } from '../voice/guidance-context';
import { UiIcon } from './UiIcon';

interface TopBarProps {
  hallName: string;
  onBack?: () => void;
  onHome?: () => void;
}

/** Hall name, back and home on the left; "Nghe lại" (when the kiosk speaks), the large-text switch and the language switch on the right. */
export function TopBar({ hallName, onBack, onHome }: TopBarProps) {
  const { t, language, setLanguage } = useI18n();
  const { largeText, setLargeText } = useDisplayMode();
  const guidance = useGuidance();
  // Each language is offered by its own name ("English", "Tiếng Việt").
  const next = nextLanguage(LANGUAGES, language);
  return (
    <header className="top-bar">
      <div className="top-bar-nav">
        {onBack ? (
          <button type="button" className="nav-button" onClick={onBack} data-testid="nav-back">
            <UiIcon name="back" />
            <span>{t('nav.back')}</span>
          </button>
        ) : null}
        {onHome ? (
          <button type="button" className="nav-button" onClick={onHome} data-testid="nav-home">
            <UiIcon name="home" />
            <span>{t('nav.home')}</span>
          </button>
        ) : null}
      </div>
      <div className="top-bar-hall">{hallName}</div>
      <div className="top-bar-tools">
        {guidance.voice ? (
          <button type="button" className="nav-button listen-button" onClick={guidance.repeat} data-testid="listen-again">
            <UiIcon name="speaker" />
            <span>{t('voice.listenAgain')}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="nav-button text-size-button"
          onClick={() => setLargeText(!largeText)}
          aria-pressed={largeText}
          data-testid="large-text-switch"
        >
          <UiIcon name="textSize" />
          <span>{t('display.largeText')}</span>
        </button>
        <button
          type="button"
          className="nav-button lang-button"
          onClick={() => setLanguage(next)}
          data-testid="lang-switch"
          lang={next}
        >
          <UiIcon name="language" />
          <span>{LANGUAGE_INFO[next].autonym}</span>
        </button>
      </div>
    </header>
  );
}
