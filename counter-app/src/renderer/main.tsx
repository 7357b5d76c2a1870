// First: the hub serves this page under a CSP without 'unsafe-eval' (keeps zod from probing for it).
import '@luot/protocol/strict-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles.css';
import './admin/admin.css';
import { I18nProvider } from './i18n/I18nProvider';
import { chooseScreen } from './choose-screen';
import { resolveDeviceSource } from './devices/device-source';
import { OfficerApp } from './screens/OfficerApp';
import { RatingScreen } from './screens/RatingScreen';
import { SupervisorApp } from './screens/SupervisorApp';

const screen = chooseScreen(location.pathname, location.hash);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
document.title = screen === 'supervisor' ? 'Lượt — Giám sát' : screen === 'rating' ? 'Lượt — Đánh giá' : 'Lượt — Quầy';

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      {screen === 'supervisor' ? (
        <SupervisorApp />
      ) : screen === 'rating' ? (
        <RatingScreen />
      ) : (
        <OfficerApp devices={resolveDeviceSource(window)} />
      )}
    </I18nProvider>
  </StrictMode>,
);
