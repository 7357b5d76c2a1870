import type { WaitingRow } from '../../board/board-model';
import { waitingPerPage, type Orientation } from '../../board/board-layout';
import { pageAt } from '../../board/paging';
import { PageMark } from './PageMark';

/** People waiting per service; a few services at a time so their names can be read, paged when there are many. */
export function WaitingStrip({ rows, layout, now, pageMs }: { rows: WaitingRow[]; layout: Orientation; now: number; pageMs: number }) {
  const page = pageAt(rows, waitingPerPage(layout), now, pageMs);
  return (
    <section className="waiting" data-testid="waiting">
      <h2 className="waiting-title">
        Đang chờ<span className="panel-title-en">Waiting</span>
        <PageMark page={page} label="waiting" />
      </h2>
      <ul className="waiting-list">
        {page.items.map((w) => (
          <li key={w.service} className="waiting-item" data-service={w.service} title={w.name}>
            <span className="waiting-head">
              <span className="waiting-prefix">{w.prefix}</span>
              <span className="waiting-count">{w.waiting}</span>
            </span>
            <span className="waiting-name">{w.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
