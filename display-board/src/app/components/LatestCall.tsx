import { splitCounterName, type BoardView } from '../../board/board-model';
import { ArrowIcon } from './ArrowIcon';

export function LatestCall({ latest }: { latest: BoardView['latest'] }) {
  if (!latest) {
    return (
      <section className="latest latest-empty" data-testid="latest">
        <div className="latest-label">Mời công dân theo dõi số thứ tự</div>
        <div className="latest-waiting">Chưa có lượt gọi</div>
      </section>
    );
  }
  const name = splitCounterName(latest.counter, latest.counterName);
  return (
    <section className={latest.flashing ? 'latest latest-flash' : 'latest'} data-testid="latest" data-flashing={latest.flashing ? '1' : '0'}>
      <div className="latest-label">
        Mời số<span className="latest-label-en"> · Now serving</span>
        {latest.recall > 0 && <span className="latest-recall"> · gọi lại</span>}
      </div>
      <div className="latest-code" data-testid="latest-code">{latest.code}</div>
      <div className="latest-counter">
        <ArrowIcon className="latest-arrow" /> Quầy <span data-testid="latest-counter">{latest.counter}</span>
      </div>
      {name.detail && <div className="latest-detail">{name.detail}</div>}
    </section>
  );
}
