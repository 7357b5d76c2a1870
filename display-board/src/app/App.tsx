import { useSyncExternalStore } from 'react';
import type { LuotError } from '@luot/protocol';
import { buildBoardView } from '../board/board-view';
import type { BoardSettings } from '../board/board-settings';
import type { BoardStore } from './board-store';
import type { SoundSetup } from './sound-setup';
import { BoardScreen } from './components/BoardScreen';
import { ReconnectingMark, RefusedMark, SettingsProblems, SoundMark } from './components/StatusMarks';
import { SoundOverlay } from './components/SoundOverlay';
import { useFitScale } from './use-fit-scale';
import { useLayout } from './use-layout';
import { useNow } from './use-now';

export interface AppProps {
  settings: BoardSettings;
  problems: LuotError[];
  store: BoardStore;
  sound: SoundSetup;
}

export function App({ settings, problems, store, sound }: AppProps) {
  const model = useSyncExternalStore(store.subscribe, store.getModel);
  const refusal = useSyncExternalStore(store.subscribe, store.getRefusal);
  const soundState = useSyncExternalStore(sound.subscribe, sound.getState);
  const now = useNow(500);
  const layout = useLayout(settings.layout);
  const [w, h] = layout === 'portrait' ? [1080, 1920] : [1920, 1080];
  const scale = useFitScale(w, h);
  const view = buildBoardView(model, settings.filter, { now, flashMs: settings.flashSeconds * 1000, recentCount: settings.recentCount });

  return (
    <div className="stage">
      <div className="canvas" style={{ width: w, height: h, transform: `scale(${scale})` }}>
        <BoardScreen view={view} layout={layout} hallNow={now + model.clockOffsetMs} recentSlots={settings.recentCount} now={now} pageMs={settings.pageSeconds * 1000} />
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
