import type { CallRow } from '../../board/board-model';
import { recentCallsLayout } from '../../board/board-layout';
import { ArrowIcon } from './ArrowIcon';

export function RecentCalls({ rows, slots }: { rows: CallRow[]; slots: number }) {
  const { columns, fit } = recentCallsLayout(rows, slots);
  return (
    <section className="panel recent" data-testid="recent">
      <h2 className="panel-title">
        Số vừa gọi <ArrowIcon className="panel-title-arrow" /> Quầy <span className="panel-title-en">Recent calls · counter</span>
      </h2>
      <ol className={`recent-list recent-cols-${columns} recent-fit-${fit}`}>
        {rows.map((r) => (
          <li key={r.key} className="recent-row" data-code={r.code}>
            <span className="recent-code">{r.code}</span>
            <ArrowIcon className="recent-arrow" />
            <span className="recent-counter">{r.counter}</span>
          </li>
        ))}
        {Array.from({ length: Math.max(0, slots - rows.length) }, (_, i) => (
          <li key={`empty-${i}`} className="recent-row recent-row-empty" />
        ))}
      </ol>
    </section>
  );
}
