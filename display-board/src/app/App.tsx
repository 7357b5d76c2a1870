import { useSyncExternalStore } from 'react';
import type { LuotError } from '@luot/protocol/plain';
import { buildBoardView } from '../board/board-model';
import type { BoardSettings } from '../board/board-settings';
import type { BoardStore } from './board-store';
import type { SoundSetup } from './sound-setup';
import { CounterGrid } from './components/CounterGrid';
import { HallHeader } from './components/HallHeader';
import { LatestCall } from './components/LatestCall';
import { MessageTicker } from './components/MessageTicker';
import { RecentCalls } from './components/RecentCalls';
import { ReconnectingMark, RefusedMark, SettingsProblems, SoundMark } from './components/StatusMarks';
import { SoundOverlay } from './components/SoundOverlay';
import { WaitingStrip } from './components/WaitingStrip';
import { useFitScale } from './use-fit-scale';
import { useLayout } from './use-layout';
import { useNow } from './use-now';

export interface AppProps {
  settings: BoardSettings;
  problems: LuotError[];
  store: BoardStore;
  sound: SoundSetup;
}

/**
 * The board's screen: the model read from the store as the board's view, drawn
 * on a fixed 1920×1080 (or 1080×1920) canvas scaled to the screen, so every
 * TV, whatever resolution its browser reports, shows the same board; the
 * status marks sit on top.
 */
export function App({ settings, problems, store, sound }: AppProps) {
  const model = useSyncExternalStore(store.subscribe, store.getModel);
  const refusal = useSyncExternalStore(store.subscribe, store.getRefusal);
  const soundState = useSyncExternalStore(sound.subscribe, sound.getState);
  const now = useNow(500);
  const layout = useLayout(settings.layout);
  const [w, h] = layout === 'portrait' ? [1080, 1920] : [1920, 1080];
  const scale = useFitScale(w, h);
  const pageMs = settings.pageSeconds * 1000;
  const view = buildBoardView(model, settings.filter, { now, flashMs: settings.flashSeconds * 1000, recentCount: settings.recentCount });

  return (
    <div className="stage">
      <div className="canvas" style={{ width: w, height: h, transform: `scale(${scale})` }}>
        <div className={`board board-${layout}`} data-testid="board" data-layout={layout}>
          {/* The header's clock is the hall's: the board's clock corrected by the hub's. */}
          <HallHeader hallName={view.hallName} hallLogo={view.hallLogo} now={now + model.clockOffsetMs} />
          <main className="board-body">
            <div className="board-main">
              <LatestCall latest={view.latest} />
              <RecentCalls rows={view.recent} slots={settings.recentCount} />
            </div>
            <CounterGrid counters={view.counters} now={now} pageMs={pageMs} />
          </main>
          <WaitingStrip rows={view.waiting} layout={layout} now={now} pageMs={pageMs} />
          <MessageTicker message={view.message} />
        </div>
        <div className="marks">
          {refusal && <RefusedMark error={refusal} />}
          {!refusal && !model.connected && <ReconnectingMark />}
          {soundState === 'blocked' && <SoundMark onEnable={sound.enable} />}
          <SettingsProblems problems={problems} />
        </div>
        {soundState === 'ask' && <SoundOverlay onEnable={sound.enable} />}
      </div>
    </div>
  );
}
