import type { DayReport, HallSnapshot, RatingScale } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { useFormatWait } from '../hooks/use-format';
import { counterTitle } from '../model/counter-title';
import { RatingCells, RatingHeaders } from './RatingCells';

const minutes = (m: number | null) => (m === null ? null : m * 60_000);

/**
 * Today's figures from the hub's day report: served and average service time
 * per counter, department and service, and the ratings (votes and share per
 * level) in total and per officer, counter and department.
 */
export function DayReportPanel({ report, hall }: { report: DayReport | null; hall: HallSnapshot }) {
  const { t, pick } = useI18n();
  const formatWait = useFormatWait();
  const scale: RatingScale = hall.hall.ratingScale;
  if (report === null) {
    return (
      <section className="panel report-panel" aria-label={t('report.heading')}>
        <h2>{t('report.heading')}</h2>
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  }
  const { totals } = report;
  const counterName = (n: number) => {
    const c = hall.counters.find((x) => x.number === n);
    return c ? counterTitle(c, pick(c.name), t('header.counter', { number: n })) : t('header.counter', { number: n });
  };
  const departmentName = (code: string) => {
    const d = hall.departments.find((x) => x.code === code);
    return d ? pick(d.name) : code;
  };
  return (
    <section className="panel report-panel" aria-label={t('report.heading')}>
      <h2>{t('report.heading')}</h2>
      <dl className="figures report-totals">
        <div>
          <dt>{t('report.served')}</dt>
          <dd data-testid="report-served">{totals.served}</dd>
        </div>
        <div>
          <dt>{t('report.averageService')}</dt>
          <dd data-testid="report-average">{formatWait(minutes(totals.averageServiceMinutes))}</dd>
        </div>
        <div>
          <dt>{t('report.averageWait')}</dt>
          <dd>{formatWait(minutes(totals.averageWaitMinutes))}</dd>
        </div>
        <div>
          <dt>{t('report.noShows')}</dt>
          <dd>{totals.noShow}</dd>
        </div>
      </dl>

      <h3>{t('report.ratings')}</h3>
      <table className="data-table" data-testid="report-ratings">
        <thead>
          <tr>
            <th />
            <RatingHeaders scale={scale} />
          </tr>
        </thead>
        <tbody>
          <tr data-report="total">
            <th scope="row">{t('report.total')}</th>
            <RatingCells tally={totals.ratings} scale={scale} />
          </tr>
          {report.officers.map((o) => (
            <tr key={o.officerId} data-report-rating={o.username}>
              <th scope="row">{o.name}</th>
              <RatingCells tally={o.ratings} scale={scale} />
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('report.perOfficer')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('sup.officer')}</th>
            <th>{t('report.served')}</th>
            <th>{t('report.averageService')}</th>
          </tr>
        </thead>
        <tbody>
          {report.officers.map((o) => (
            <tr key={o.officerId} data-report-officer={o.username}>
              <td>{o.name}</td>
              <td className="num" data-testid={`report-officer-served-${o.username}`}>
                {o.served}
              </td>
              <td className="num">{formatWait(minutes(o.averageServiceMinutes))}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('report.perCounter')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('sup.counter')}</th>
            <th>{t('report.served')}</th>
            <th>{t('report.averageService')}</th>
            <RatingHeaders scale={scale} />
          </tr>
        </thead>
        <tbody>
          {report.counters.map((c) => (
            <tr key={c.counter} data-report-counter={c.counter}>
              <td>{counterName(c.counter)}</td>
              <td className="num" data-testid={`report-counter-served-${c.counter}`}>
                {c.served}
              </td>
              <td className="num">{formatWait(minutes(c.averageServiceMinutes))}</td>
              <RatingCells tally={c.ratings} scale={scale} />
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('report.perDepartment')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('report.department')}</th>
            <th>{t('report.served')}</th>
            <RatingHeaders scale={scale} />
          </tr>
        </thead>
        <tbody>
          {report.departments.map((d) => (
            <tr key={d.department} data-report-department={d.department}>
              <td>{departmentName(d.department)}</td>
              <td className="num">{d.served}</td>
              <RatingCells tally={d.ratings} scale={scale} />
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('report.perService')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('queue.service')}</th>
            <th>{t('report.issued')}</th>
            <th>{t('report.served')}</th>
            <th>{t('report.averageService')}</th>
          </tr>
        </thead>
        <tbody>
          {report.services.map((s) => {
            const service = hall.services.find((x) => x.code === s.service);
            return (
              <tr key={s.service} data-report-service={s.service}>
                <td>{service ? pick(service.name) : s.service}</td>
                <td className="num">{s.issued}</td>
                <td className="num" data-testid={`report-service-served-${s.service}`}>
                  {s.served}
                </td>
                <td className="num">{formatWait(minutes(s.averageServiceMinutes))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
