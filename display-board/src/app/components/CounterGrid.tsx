import { counterGridLayout } from '../../board/board-layout';
import { splitCounterName, type CounterRow } from '../../board/board-model';
import { pageAt } from '../../board/paging';
import { PageMark } from './PageMark';

/**
 * Every open or paused counter, at a size read from the back of the hall:
 * up to ten at once; more turn page by page (every counter is shown in turn).
 */
export function CounterGrid({ counters, now, pageMs }: { counters: CounterRow[]; now: number; pageMs: number }) {
  const grid = counterGridLayout(counters.length);
  const page = pageAt(counters, grid.perPage, now, pageMs);
  return (
    <section className="panel counters" data-testid="counters">
      <h2 className="panel-title">
        Quầy đang phục vụ <span className="panel-title-en">Counters</span>
        <PageMark page={page} label="counters" />
      </h2>
      <ul className={`counter-list counter-list-${grid.density}`}>
        {page.items.map((c) => {
          const name = splitCounterName(c.number, c.name);
          return (
            <li key={c.number} className={`counter counter-${c.state}`} data-counter={c.number}>
              <div className="counter-name">
                <span className={c.number >= 100 ? 'counter-title counter-title-long' : 'counter-title'}>{name.title}</span>
                {name.detail && <span className="counter-detail">{name.detail}</span>}
              </div>
              <div className={c.code && c.code.length > 4 ? 'counter-code counter-code-long' : 'counter-code'}>
                {c.state === 'paused' ? 'Tạm dừng' : (c.code ?? '—')}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
