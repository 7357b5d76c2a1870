import { useI18n } from '../i18n/i18n-context';

export function LanguageSwitch() {
  const { t, toggle } = useI18n();
  return (
    <button type="button" className="link-button" onClick={toggle}>
      {t('lang.switch')}
    </button>
  );
}
