import type { ServiceView, TicketView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { useFormatWait } from '../hooks/use-format';
import type { QueueSummary } from '../model/queue-summary';

interface Props {
  summary: QueueSummary;
  services: ServiceView[];
  /** The first waiting tickets, in list order. */
  upcoming: TicketView[];
}

/** The counter's waiting queue: per service, how many, how many priority, the longest wait. */
export function QueuePanel({ summary, services, upcoming }: Props) {
  const { t, pick } = useI18n();
  const formatWait = useFormatWait();
  const nameOf = (code: string) => {
    const s = services.find((x) => x.code === code);
    return s ? pick(s.name) : code;
  };
  return (
    <section className="panel queue-panel" aria-label={t('queue.heading')}>
      <h2>{t('queue.heading')}</h2>
      <div className="queue-totals">
        <div className="figure">
          <span className="figure-value" data-testid="queue-waiting">
            {summary.waiting}
          </span>
          <span className="figure-label">{t('queue.waiting')}</span>
        </div>
        <div className="figure">
          <span
            className={`figure-value ${summary.priorityWaiting > 0 ? 'attention' : ''}`}
            data-testid="queue-priority"
          >
            {summary.priorityWaiting}
          </span>
          <span className="figure-label">{t('queue.priority')}</span>
        </div>
        <div className="figure">
          <span className="figure-value figure-small" data-testid="queue-longest">
            {formatWait(summary.longestWaitMs)}
          </span>
          <span className="figure-label">{t('queue.longest')}</span>
        </div>
      </div>
      <table className="queue-table">
        <thead>
          <tr>
            <th>{t('queue.service')}</th>
            <th>{t('queue.waiting')}</th>
            <th>{t('queue.priority')}</th>
            <th>{t('queue.longest')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.services.map((s) => (
            <tr key={s.service} data-service={s.service}>
              <td>{nameOf(s.service)}</td>
              <td className="num">{s.waiting}</td>
              <td className="num">{s.priorityWaiting}</td>
              <td className="num">{s.longestWaitMs === null ? '—' : formatWait(s.longestWaitMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {upcoming.length === 0 ? (
        <p className="muted">{t('queue.empty')}</p>
      ) : (
        <p className="upcoming">
          <span className="muted">{t('queue.next')}:</span>{' '}
          {upcoming.map((u) => (
            <span key={u.id} className={`chip ${u.priority !== 'none' ? 'chip-priority' : ''}`}>
              {u.code}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
