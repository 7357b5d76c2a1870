import { useMemo, useState, type FormEvent } from 'react';
import type { ServiceView, TicketView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { sortWaiting } from '../model/queue-summary';

interface Props {
  services: ServiceView[];
  tickets: TicketView[];
  busy: boolean;
  onMove(ticketIds: string[], toService: string): void;
}

/** Moves chosen waiting tickets of one service to another (they keep their place). */
export function MoveTicketsPanel({ services, tickets, busy, onMove }: Props) {
  const { t, pick } = useI18n();
  const [from, setFrom] = useState(services[0]?.code ?? '');
  const [to, setTo] = useState(services[1]?.code ?? services[0]?.code ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const waiting = useMemo(() => sortWaiting(tickets.filter((x) => x.service === from)), [tickets, from]);
  const selected = waiting.filter((x) => chosen.has(x.id)).map((x) => x.id);

  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length > 0 && to !== from) onMove(selected, to);
    setChosen(new Set());
  };

  return (
    <section className="panel" aria-label={t('sup.move')}>
      <h2>{t('sup.move')}</h2>
      <form className="move-form" onSubmit={submit}>
        <label>
          {t('sup.moveFrom')}
          <select name="from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {pick(s.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sup.moveTo')}
          <select name="to" value={to} onChange={(e) => setTo(e.target.value)}>
            {services
              .filter((s) => s.code !== from)
              .map((s) => (
                <option key={s.code} value={s.code}>
                  {pick(s.name)}
                </option>
              ))}
          </select>
        </label>
        {waiting.length === 0 ? (
          <p className="muted">{t('sup.moveNone')}</p>
        ) : (
          <div className="ticket-picks">
            {waiting.map((x) => (
              <label key={x.id} className={`chip chip-pick ${chosen.has(x.id) ? 'chip-picked' : ''}`}>
                <input
                  type="checkbox"
                  name="ticket"
                  value={x.code}
                  checked={chosen.has(x.id)}
                  onChange={() => toggle(x.id)}
                />
                {x.code}
              </label>
            ))}
          </div>
        )}
        <button type="submit" className="primary" disabled={busy || selected.length === 0 || to === from || to === ''}>
          {t('sup.moveSubmit', { count: selected.length })}
        </button>
      </form>
    </section>
  );
}
