/** Read-only views for browser tests and for an installer's console. */
import type { BoardStore } from './board-store';
import type { SoundSetup } from './sound-setup';
import type { AnnouncementRecord } from '../voice/announcer';

export interface AnnouncerHook {
  readonly history: AnnouncementRecord[];
  readonly queue: AnnouncementRecord[];
  readonly locked: boolean;
  readonly backend: string;
  readonly sound: string;
  /** Voice-pack clips the board could not load: a board that says nothing still looks "done" without this. */
  readonly missing: string[];
}

export interface BoardHook {
  readonly seq: number | null;
  readonly connected: boolean;
  readonly awaitingSnapshot: boolean;
}

declare global {
  interface Window {
    __luotAnnouncer?: AnnouncerHook;
    __luotBoard?: BoardHook;
  }
}

export function installTestHooks(store: BoardStore, sound: SoundSetup): void {
  const a = sound.announcer;
  window.__luotAnnouncer = {
    get history() {
      return a.history.map((r) => ({ ...r, clips: [...r.clips] }));
    },
    get queue() {
      return a.queue.map((r) => ({ ...r }));
    },
    get locked() {
      return a.locked;
    },
    get backend() {
      return a.backendName;
    },
    get sound() {
      return sound.getState();
    },
    get missing() {
      return sound.missingClips();
    },
  };
  window.__luotBoard = {
    get seq() {
      return store.getModel().snapshot?.seq ?? null;
    },
    get connected() {
      return store.getModel().connected;
    },
    get awaitingSnapshot() {
      return store.getModel().awaitingSnapshot;
    },
  };
}
