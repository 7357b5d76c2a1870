import type { DossierControls } from '../hooks/use-dossier';
import { useI18n } from '../i18n/i18n-context';
import { formatHallDate, formatHallTime } from '../model/appointment';
import { DossierSummary } from './DossierSummary';
import { NoticeLine } from './NoticeLine';
import { OpenDossierForm } from './OpenDossierForm';
import { RegistrationForm } from './RegistrationForm';

/**
 * The dossier at the counter: a kiosk registration carried by the called
 * ticket, or a dossier opened by code. Reception (registered) gets the
 * editable form; any later status gets the summary and its next steps.
 */
export function DossierPanel({ controls, hasDevices }: { controls: DossierControls; hasDevices: boolean }) {
  const { t } = useI18n();
  const { dossier } = controls;
  return (
    <section className="panel dossier-panel" aria-label={t('dossier.heading')} data-testid="dossier-panel">
      <div className="dossier-head">
        <h2>{t('dossier.heading')}</h2>
        <OpenDossierForm busy={controls.busy || controls.loading} onOpen={(text) => void controls.openByCode(text)} />
      </div>
      <NoticeLine notice={controls.notice} testId="dossier-notice" />
      {controls.loading && <p className="muted">{t('dossier.loading')}</p>}
      {dossier && (
        <article className="dossier-card" data-testid="dossier-card" data-status={dossier.status}>
          <header className="dossier-card-head">
            {dossier.ticketId !== null && (
              <span className="kiosk-mark" data-testid="kiosk-mark">
                {t('dossier.kioskMark')}
              </span>
            )}
            <h3 data-testid="dossier-procedure">
              <span className="muted">{dossier.procedure.code}</span> {dossier.procedure.name}
            </h3>
            <span className="muted">
              {t('dossier.registeredAt')} {formatHallTime(dossier.registeredAt)} {formatHallDate(dossier.registeredAt)}
            </span>
            <button type="button" className="link-button" onClick={controls.close}>
              {t('dossier.closePanel')}
            </button>
          </header>
          {dossier.status === 'registered' ? (
            // Keyed by id: another registration starts from its own data.
            <RegistrationForm key={dossier.id} dossier={dossier} procedure={controls.procedure} controls={controls} />
          ) : (
            <DossierSummary dossier={dossier} controls={controls} hasDevices={hasDevices} />
          )}
        </article>
      )}
    </section>
  );
}
