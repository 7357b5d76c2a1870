// First: the hub serves this page under a CSP without 'unsafe-eval' (keeps zod from probing for it).
import '@luot/protocol/strict-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/screens.css';
import './styles/ticket.css';
import './styles/dossier.css';
import './styles/large-text.css';
import { resolveDevices } from './devices/resolve-devices';
import { I18nProvider } from './i18n/I18nProvider';
import { KioskRoot } from './KioskRoot';
import { readKioskConfig, TOKEN_STORAGE_KEY } from './kiosk-config';
import { DisplayModeProvider } from './settings/display-mode';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// The shell's preload bridge is how the page knows it runs in the shell (which ignores `?hub=`).
const config = readKioskConfig(window.location, safeStorage(), window.luotDevices !== undefined);
const devices = resolveDevices(config);
document.documentElement.lang = config.startLanguage;

/** A token received by pairing is kept like a `?token=` one, so a reload goes straight to work; null forgets it. */
function remember(token: string | null): void {
  try {
    if (token === null) safeStorage()?.removeItem(TOKEN_STORAGE_KEY);
    else safeStorage()?.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage disabled: this visit works; a reload pairs again.
  }
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider initial={config.startLanguage}>
        <DisplayModeProvider>
          <KioskRoot config={config} devices={devices} remember={remember} tokenFromUrl={new URLSearchParams(window.location.search).has('token')} />
        </DisplayModeProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
