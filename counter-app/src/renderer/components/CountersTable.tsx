import type { CounterState, CounterView, TicketView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatTimer } from '../model/format';
import { CounterStateBadge } from './CounterStateBadge';
import { counterTitle } from '../model/counter-title';

interface Props {
  counters: CounterView[];
  tickets: TicketView[];
  now: number;
  busy: boolean;
  onSetState(counter: number, state: CounterState): void;
}

/** Every counter: its state, officer, current number (and for how long), with pause / close / open. */
export function CountersTable({ counters, tickets, now, busy, onSetState }: Props) {
  const { t, pick } = useI18n();
  return (
    <section className="panel" aria-label={t('sup.counters')}>
      <h2>{t('sup.counters')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('sup.counter')}</th>
            <th>{t('sup.state')}</th>
            <th>{t('sup.officer')}</th>
            <th>{t('sup.current')}</th>
            <th>{t('sup.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {counters.map((c) => {
            const current = c.currentTicketId ? tickets.find((x) => x.id === c.currentTicketId) : undefined;
            const since = current ? (current.servingAt ?? current.calledAt) : null;
            return (
              <tr key={c.number} data-counter={c.number}>
                <td className="counter-name">
                  {counterTitle(c, pick(c.name), t('header.counter', { number: c.number }))}
                </td>
                <td>
                  <CounterStateBadge counter={c} />
                </td>
                <td>{c.officer ? c.officer.name : <span className="muted">{t('sup.noOfficer')}</span>}</td>
                <td>
                  {current ? (
                    <>
                      <span className="chip chip-strong" data-testid={`current-${c.number}`}>
                        {current.code}
                      </span>{' '}
                      <span className="muted nowrap">{since === null ? '' : formatTimer(now - since)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    {c.state === 'open' && (
                      <button
                        type="button"
                        data-action="pause"
                        disabled={busy}
                        onClick={() => onSetState(c.number, 'paused')}
                      >
                        {t('sup.pause')}
                      </button>
                    )}
                    {c.state === 'paused' && c.officer && (
                      <button
                        type="button"
                        data-action="open"
                        disabled={busy}
                        onClick={() => onSetState(c.number, 'open')}
                      >
                        {t('sup.open')}
                      </button>
                    )}
                    {c.state !== 'closed' && (
                      <button
                        type="button"
                        data-action="close"
                        disabled={busy || current !== undefined}
                        onClick={() => onSetState(c.number, 'closed')}
                      >
                        {t('sup.close')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
