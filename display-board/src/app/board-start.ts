/**
 * What the board starts before React: the settings from the URL, the sound
 * gate and its announcer, the store and the hub connection.
 *
 * main.tsx imports this module first, so it is evaluated — and the hub's
 * WebSocket opened — before React and the screens are even evaluated. On a
 * slow TV box (the weak-hardware bench: CPU 4× slower) evaluating React and
 * drawing the first, empty frame take ~0.5 s of the main thread; opened
 * first, the socket's upgrade goes on meanwhile instead of after it.
 */
import { parseBoardSettings, TOKEN_STORAGE_KEY, type BoardSettings } from '../board/board-settings';
import type { LuotError } from '@luot/protocol/plain';
import { BoardStore, connectToHub } from './board-store';
import { setUpSound, type SoundSetup } from './sound-setup';
import { installTestHooks } from './test-hooks';

export { TOKEN_STORAGE_KEY };

export function boardStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export type BoardStart =
  | { kind: 'pairing'; settings: BoardSettings }
  | { kind: 'board'; settings: BoardSettings; problems: LuotError[]; store: BoardStore; sound: SoundSetup };

function startBoard(): BoardStart {
  const { settings, problems } = parseBoardSettings(window.location.search, boardStorage(), `${import.meta.env.BASE_URL}voice/vi/`);
  // No token yet: the board pairs by code (issue 17) and starts afresh once paired.
  if (settings.token === null) return { kind: 'pairing', settings };
  // The bundled pack is MP3 (see scripts/make-voice-pack.ts); a hall's own pack may say otherwise in ?voiceExt=.
  const voiceExt = new URLSearchParams(window.location.search).get('voiceExt') ?? 'mp3';
  const sound = setUpSound(settings, /^[a-z0-9]{2,5}$/.test(voiceExt) ? voiceExt : 'mp3');
  const store = new BoardStore(settings.filter, sound.announcer);
  const hub = connectToHub({ hubUrl: settings.hubUrl, token: settings.token, onInput: store.dispatch, onRefused: store.setRefusal });
  store.requestSnapshot = hub.requestSnapshot;
  installTestHooks(store, sound);
  return { kind: 'board', settings, problems, store, sound };
}

/** Started once, when this module is evaluated (see the file's comment). */
export const boardStart: BoardStart = startBoard();
