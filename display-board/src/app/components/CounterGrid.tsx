import type { CounterRow } from '../../board/board-view';
import { splitCounterName } from '../../board/counter-name';

export function CounterGrid({ counters }: { counters: CounterRow[] }) {
  return (
    <section className="panel counters" data-testid="counters">
      <h2 className="panel-title">
        Quầy đang phục vụ <span className="panel-title-en">Counters</span>
      </h2>
      <ul className={`counter-list ${counters.length <= 5 ? 'counter-list-single' : counters.length > 8 ? 'counter-list-dense' : ''}`}>
        {counters.map((c) => {
          const name = splitCounterName(c.number, c.name);
          return (
            <li key={c.number} className={`counter counter-${c.state}`} data-counter={c.number}>
              <div className="counter-name">
                <span className="counter-title">{name.title}</span>
                {name.detail && <span className="counter-detail">{name.detail}</span>}
              </div>
              <div className="counter-code">{c.state === 'paused' ? 'Tạm dừng' : (c.code ?? '—')}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
