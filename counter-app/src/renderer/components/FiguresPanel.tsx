import { useI18n } from '../i18n/i18n-context';
import { formatTimer } from '../model/format';
import type { ShownFigures } from '../model/report-figures';

/** The officer's day so far: the hub's report when it has answered, this terminal's ledger until then. */
export function FiguresPanel({ figures }: { figures: ShownFigures }) {
  const { t } = useI18n();
  return (
    <section className="panel figures-panel" aria-label={t('figures.heading')}>
      <h2>{t('figures.heading')}</h2>
      <dl className="figures">
        <div>
          <dt>{t('figures.served')}</dt>
          <dd data-testid="figures-served">{figures.served}</dd>
        </div>
        <div>
          <dt>{t('figures.average')}</dt>
          <dd data-testid="figures-average">
            {figures.averageServiceMs === null ? t('figures.none') : formatTimer(figures.averageServiceMs)}
          </dd>
        </div>
        <div>
          <dt>{t('figures.noShows')}</dt>
          <dd data-testid="figures-no-shows">{figures.noShows}</dd>
        </div>
        <div>
          <dt>{t('figures.satisfied')}</dt>
          <dd data-testid="figures-satisfied">
            {figures.rated === 0
              ? t('figures.none')
              : t('figures.satisfiedOf', { satisfied: figures.satisfied, rated: figures.rated })}
          </dd>
        </div>
      </dl>
      <p className="muted figures-source" data-testid="figures-source" data-source={figures.source}>
        {t(figures.source === 'hub' ? 'figures.fromHub' : 'figures.fromTerminal')}
      </p>
    </section>
  );
}
