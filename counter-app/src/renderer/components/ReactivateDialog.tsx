import type { TicketView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatClock } from '../model/format';
import { Dialog } from './Dialog';

/** Today's no-shows at this counter; one click puts a ticket back in the queue at its place. */
export function ReactivateDialog({
  noShows,
  onReactivate,
  onCancel,
}: {
  noShows: TicketView[];
  onReactivate(ticket: TicketView): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={t('reactivate.heading')} onCancel={onCancel}>
      {noShows.length === 0 ? (
        <p className="muted">{t('reactivate.none')}</p>
      ) : (
        <ul className="no-show-list">
          {noShows.map((ticket) => (
            <li key={ticket.id}>
              <span className="chip">{ticket.code}</span>
              <span className="muted">{ticket.calledAt === null ? '' : formatClock(ticket.calledAt)}</span>
              <button type="button" data-ticket={ticket.code} onClick={() => onReactivate(ticket)}>
                {t('reactivate.submit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
