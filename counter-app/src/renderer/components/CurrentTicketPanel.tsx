import { PRIORITY_LABELS, awaitsCitizen, isAutoStarted, type ServiceView, type TicketView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatTimer } from '../model/format';
import { AppointmentMark } from './AppointmentMark';

interface Props {
  ticket: TicketView | null;
  service: ServiceView | null;
  now: number;
  recallLimit: number;
  /** The officer's token: an appointment ticket reads its booking's note with it. */
  token?: string | null;
}

/** The big panel: the number at the counter and how long it has been served. */
export function CurrentTicketPanel({ ticket, service, now, recallLimit, token = null }: Props) {
  const { t, pick } = useI18n();
  if (ticket === null) {
    return (
      <section className="current-panel current-empty" aria-label={t('current.heading')}>
        <h2>{t('current.heading')}</h2>
        <p className="current-code" data-testid="current-code">
          {t('current.none')}
        </p>
        <p className="muted">{t('current.hintCall')}</p>
      </section>
    );
  }
  // An auto-started ticket is shown as called until the officer acts on it: the citizen may not be here.
  const serving = !awaitsCitizen(ticket);
  const since = serving ? (ticket.servingAt ?? ticket.calledAt) : ticket.calledAt;
  const heading = serving ? t('current.heading') : t('current.headingCalled');
  return (
    <section className={`current-panel ${serving ? 'current-serving' : 'current-called'}`} aria-label={heading}>
      <h2>{heading}</h2>
      <p className="current-code" data-testid="current-code">
        {ticket.code}
      </p>
      <p className="current-service">{service ? pick(service.name) : ticket.service}</p>
      {ticket.priority !== 'none' && <p className="priority-tag">{pick(PRIORITY_LABELS[ticket.priority])}</p>}
      {ticket.source === 'appointment' && <AppointmentMark ticket={ticket} token={token} />}
      <p className="current-state" data-testid="current-state">
        {serving ? t('current.serving') : isAutoStarted(ticket) ? t('current.autoStarted') : t('current.called')}
      </p>
      <p className="current-timer">
        <span className="muted">{serving ? t('current.servedFor') : t('current.calledFor')}</span>{' '}
        <span data-testid="current-timer">{since === null ? '—' : formatTimer(now - since)}</span>
      </p>
      {ticket.recallCount > 0 && (
        <p className="muted">{t('current.recalls', { count: ticket.recallCount, limit: recallLimit })}</p>
      )}
    </section>
  );
}
