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
import { parseBoardSettings, TOKEN_STORAGE_KEY } from '../board/board-settings';
import { PairingScreen } from './components/PairingScreen';
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
const root = document.getElementById('root');

if (settings.token === null) {
  // No token yet: pair by code (issue 17). The token is kept like a `?token=` one; the board then starts
  // afresh with it, showing the area the admin placed it in unless its URL names one.
  if (root) {
    createRoot(root).render(
      <PairingScreen
        hubUrl={settings.hubUrl}
        onPaired={(paired) => {
          storage()?.setItem(TOKEN_STORAGE_KEY, paired.token);
          const params = new URLSearchParams(window.location.search);
          if (paired.device.area !== null && !params.has('area')) params.set('area', paired.device.area);
          window.location.search = params.toString();
        }}
      />,
    );
  }
} else {
  // The bundled pack is MP3 (see scripts/make-voice-pack.ts); a hall's own pack may say otherwise in ?voiceExt=.
  const voiceExt = new URLSearchParams(window.location.search).get('voiceExt') ?? 'mp3';
  const sound = setUpSound(settings, /^[a-z0-9]{2,5}$/.test(voiceExt) ? voiceExt : 'mp3');
  const store = new BoardStore(settings.filter, sound.announcer);
  const hub = connectToHub({ hubUrl: settings.hubUrl, token: settings.token, onInput: store.dispatch, onRefused: store.setRefusal });
  store.requestSnapshot = hub.requestSnapshot;
  installTestHooks(store, sound);
  if (root) createRoot(root).render(<App settings={settings} problems={problems} store={store} sound={sound} />);
}
