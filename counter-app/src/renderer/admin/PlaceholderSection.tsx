import { useI18n } from '../i18n/i18n-context';

/** A section another screen will fill (officers, devices): the nav already shows where it goes. */
export function PlaceholderSection() {
  const { t } = useI18n();
  return (
    <section className="panel">
      <p className="muted">{t('admin.comingSoon')}</p>
    </section>
  );
}
