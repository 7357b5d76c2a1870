import type { HallSnapshot } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { useFormatWait } from '../hooks/use-format';

/** Waiting per service across the hall: count, priority, longest wait, the hub's estimate. */
export function ServicesTable({ hall, now }: { hall: HallSnapshot; now: number }) {
  const { t, pick } = useI18n();
  const formatWait = useFormatWait();
  return (
    <section className="panel" aria-label={t('sup.services')}>
      <h2>{t('sup.services')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('queue.service')}</th>
            <th>{t('queue.waiting')}</th>
            <th>{t('queue.priority')}</th>
            <th>{t('queue.longest')}</th>
            <th>{t('sup.estimated')}</th>
          </tr>
        </thead>
        <tbody>
          {hall.services.map((s) => {
            const waiting = hall.tickets.filter((x) => x.state === 'waiting' && x.service === s.code);
            const oldest = waiting.reduce<number | null>(
              (min, x) => (min === null || x.issuedAt < min ? x.issuedAt : min),
              null,
            );
            const load = hall.loads.find((l) => l.service === s.code);
            return (
              <tr key={s.code} data-service={s.code}>
                <td>
                  <span className="chip">{s.prefix}</span> {pick(s.name)}
                </td>
                <td className="num" data-testid={`waiting-${s.code}`}>
                  {waiting.length}
                </td>
                <td className="num">{waiting.filter((x) => x.priority !== 'none').length}</td>
                <td className="num">{oldest === null ? '—' : formatWait(now - oldest)}</td>
                <td className="num">
                  {load?.estimatedWaitMinutes == null ? '—' : formatWait(load.estimatedWaitMinutes * 60_000)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
