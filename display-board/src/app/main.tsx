// First: the hub serves this page under a CSP without 'unsafe-eval' (keeps zod from probing for it).
import '@luot/protocol/strict-csp';
/**
 * The board's entry: settings from the URL, the announcer and its sound
 * gate, the store, the hub connection, then React. Test hooks
 * (window.__luotAnnouncer, window.__luotBoard) are set in every build: a
 * headless browser has no speakers, and they expose nothing secret.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/latin-800.css';
import '@fontsource/noto-sans/latin-ext-800.css';
import '@fontsource/noto-sans/vietnamese-800.css';
import './board.css';
import { createRoot } from 'react-dom/client';
import { parseBoardSettings } from '../board/board-settings';
import { App } from './App';
import { BoardStore, connectToHub } from './board-store';
import { setUpSound } from './sound-setup';
import { installTestHooks } from './test-hooks';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const { settings, problems } = parseBoardSettings(window.location.search, storage(), `${import.meta.env.BASE_URL}voice/vi/`);
// The bundled pack is MP3 (see scripts/make-voice-pack.ts); a hall's own pack may say otherwise in ?voiceExt=.
const voiceExt = new URLSearchParams(window.location.search).get('voiceExt') ?? 'mp3';
const sound = setUpSound(settings, /^[a-z0-9]{2,5}$/.test(voiceExt) ? voiceExt : 'mp3');
const store = new BoardStore(settings.filter, sound.announcer);
const hub = connectToHub({ hubUrl: settings.hubUrl, token: settings.token, onInput: store.dispatch, onRefused: store.setRefusal });
store.requestSnapshot = hub.requestSnapshot;
installTestHooks(store, sound);

const root = document.getElementById('root');
if (root) createRoot(root).render(<App settings={settings} problems={problems} store={store} sound={sound} />);
