import type { WaitingRow } from '../../board/board-view';

export function WaitingStrip({ rows }: { rows: WaitingRow[] }) {
  return (
    <section className="waiting" data-testid="waiting">
      <h2 className="waiting-title">
        Đang chờ<span className="panel-title-en">Waiting</span>
      </h2>
      <ul className="waiting-list">
        {rows.map((w) => (
          <li key={w.service} className="waiting-item" data-service={w.service} title={w.name}>
            <span className="waiting-prefix">{w.prefix}</span>
            <span className="waiting-count">{w.waiting}</span>
            <span className="waiting-name">{w.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
