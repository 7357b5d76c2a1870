import type { OutboxToday, SenderHealth } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatClock } from '../model/format';

/** The sender's status as a badge: green when it works, red when it is down or refuses. */
export function SenderStatusBadge({ health }: { health: SenderHealth }) {
  const { t } = useI18n();
  const alert = health.status === 'down' || health.status === 'refused' || health.status === 'rate_limited';
  return (
    <span className={`badge ${alert ? 'badge-alert' : 'badge-open'}`} title={health.lastError ?? undefined} data-testid="sender-status">
      {t(`sender.status.${health.status}`)}
    </span>
  );
}

/**
 * Today's messages to citizens: how many wait, fail, went out or were given
 * up, and the latest ones (kind, state, attempts, times, the last error).
 * Never a phone number or a text: the hub does not give them.
 */
export function OutboxPanel({ outbox }: { outbox: OutboxToday | null }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-label={t('outbox.title')} data-testid="outbox-panel">
      <h2>{t('outbox.title')}</h2>
      {outbox === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <p>
            {t(`sender.kind.${outbox.sender.sender}`)} <SenderStatusBadge health={outbox.sender} />
          </p>
          <p data-testid="outbox-counts">
            {t('outbox.counts', { queued: outbox.queued, failing: outbox.failing, sent: outbox.sent, failed: outbox.failed })}
          </p>
          {outbox.messages.length === 0 ? (
            <p className="muted">{t('outbox.none')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t('outbox.kind')}</th>
                  <th>{t('outbox.state')}</th>
                  <th>{t('outbox.attempts')}</th>
                  <th>{t('outbox.queuedAt')}</th>
                  <th>{t('outbox.sentOrNext')}</th>
                </tr>
              </thead>
              <tbody>
                {outbox.messages.map((m) => (
                  <tr key={m.id} data-outbox={m.id}>
                    <td>{t(`outbox.kind.${m.kind}`)}</td>
                    <td title={m.lastError ?? undefined}>
                      {t(`outbox.state.${m.state === 'queued' && m.attempts > 0 ? 'failing' : m.state}`)}
                    </td>
                    <td>{m.attempts}</td>
                    <td className="muted">{formatClock(m.queuedAt)}</td>
                    <td className="muted">{m.sentAt !== null ? formatClock(m.sentAt) : m.nextAt !== null ? formatClock(m.nextAt) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
