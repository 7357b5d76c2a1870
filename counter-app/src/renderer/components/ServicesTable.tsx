import type { HallSnapshot } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { useFormatWait } from '../hooks/use-format';
import { summarizeService } from '../model/queue-summary';

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
            const q = summarizeService(hall.tickets, s.code, now);
            const load = hall.loads.find((l) => l.service === s.code);
            return (
              <tr key={s.code} data-service={s.code}>
                <td>
                  <span className="chip">{s.prefix}</span> {pick(s.name)}
                </td>
                <td className="num" data-testid={`waiting-${s.code}`}>
                  {q.waiting}
                </td>
                <td className="num">{q.priorityWaiting}</td>
                <td className="num">{q.longestWaitMs === null ? '—' : formatWait(q.longestWaitMs)}</td>
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
