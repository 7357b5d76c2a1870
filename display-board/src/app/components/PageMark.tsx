import type { ListPage } from '../../board/paging';

/** "2/3" and a dot per page, so people know more counters or services follow. */
export function PageMark({ page, label }: { page: ListPage<unknown>; label: string }) {
  if (page.count <= 1) return null;
  return (
    <span className="page-mark" data-testid={`${label}-page`} data-page={page.index + 1} data-pages={page.count}>
      <span className="page-mark-text">
        Trang {page.index + 1}/{page.count}
      </span>
      {Array.from({ length: page.count }, (_, i) => (
        <span key={i} className={i === page.index ? 'page-dot page-dot-on' : 'page-dot'} />
      ))}
    </span>
  );
}
