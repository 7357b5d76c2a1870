/**
 * The board's entry. The hub connection, the store and the sound gate start
 * first (board-start.ts, evaluated before React: see there why); then the
 * fonts, React and the screen. Test hooks (window.__luotAnnouncer,
 * window.__luotBoard) are set in every build: a headless browser has no
 * speakers, and they expose nothing secret.
 *
 * No `@luot/protocol/strict-csp` here: the board imports only
 * `@luot/protocol/plain`, so zod is not in its bundle to probe for
 * 'unsafe-eval' (test/bundle-without-zod.test.ts keeps it out).
 */
import { boardStart, boardStorage, TOKEN_STORAGE_KEY } from './board-start';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/latin-800.css';
import '@fontsource/noto-sans/latin-ext-800.css';
import '@fontsource/noto-sans/vietnamese-800.css';
import './board.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');

if (boardStart.kind === 'pairing') {
  // Pairing is a one-time screen (with its QR code library): loaded only by a board that has no token yet.
  // The token is kept like a `?token=` one; the board then starts afresh with it, showing the area
  // the admin placed it in unless its URL names one.
  const { hubUrl } = boardStart.settings;
  void import('./components/PairingScreen').then(({ PairingScreen }) => {
    if (!root) return;
    createRoot(root).render(
      <PairingScreen
        hubUrl={hubUrl}
        onPaired={(paired) => {
          boardStorage()?.setItem(TOKEN_STORAGE_KEY, paired.token);
          const params = new URLSearchParams(window.location.search);
          if (paired.device.area !== null && !params.has('area')) params.set('area', paired.device.area);
          window.location.search = params.toString();
        }}
      />,
    );
  });
} else if (root) {
  const { settings, problems, store, sound } = boardStart;
  createRoot(root).render(<App settings={settings} problems={problems} store={store} sound={sound} />);
}
