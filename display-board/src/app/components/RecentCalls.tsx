import type { CallRow } from '../../board/board-view';

export function RecentCalls({ rows, slots }: { rows: CallRow[]; slots: number }) {
  return (
    <section className="panel recent" data-testid="recent">
      <h2 className="panel-title">
        Số vừa gọi <span className="panel-title-arrow">➜</span> Quầy <span className="panel-title-en">Recent calls ➜ counter</span>
      </h2>
      <ol className="recent-list">
        {rows.map((r) => (
          <li key={r.key} className="recent-row" data-code={r.code}>
            <span className="recent-code">{r.code}</span>
            <span className="recent-arrow">➜</span>
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
