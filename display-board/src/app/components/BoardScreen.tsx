import type { BoardView } from '../../board/board-view';
import { CounterGrid } from './CounterGrid';
import { HallHeader } from './HallHeader';
import { LatestCall } from './LatestCall';
import { MessageTicker } from './MessageTicker';
import { RecentCalls } from './RecentCalls';
import { WaitingStrip } from './WaitingStrip';

export interface BoardScreenProps {
  view: BoardView;
  layout: 'landscape' | 'portrait';
  /** The hall's time (board clock corrected by the hub's). */
  hallNow: number;
  recentSlots: number;
  /** The board's clock, for the pages of long lists. */
  now: number;
  pageMs: number;
}

/**
 * Drawn on a fixed 1920×1080 (or 1080×1920) canvas and scaled to the screen,
 * so every TV, whatever resolution its browser reports, shows the same board.
 */
export function BoardScreen({ view, layout, hallNow, recentSlots, now, pageMs }: BoardScreenProps) {
  return (
    <div className={`board board-${layout}`} data-testid="board" data-layout={layout}>
      <HallHeader hallName={view.hallName} hallLogo={view.hallLogo} now={hallNow} />
      <main className="board-body">
        <div className="board-main">
          <LatestCall latest={view.latest} />
          <RecentCalls rows={view.recent} slots={recentSlots} />
        </div>
        <CounterGrid counters={view.counters} now={now} pageMs={pageMs} />
      </main>
      <WaitingStrip rows={view.waiting} layout={layout} now={now} pageMs={pageMs} />
      <MessageTicker message={view.message} />
    </div>
  );
}
