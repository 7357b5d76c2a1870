import { useState } from 'react';
import { session } from './api';
import { LiveTable } from './LiveTable';
import { ReportTable } from './ReportTable';
import { SignIn } from './SignIn';
import { TEXTS, type Lang } from './texts';

export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [signedIn, setSignedIn] = useState(() => session.get() !== null);
  const [tab, setTab] = useState<'live' | 'reports'>('live');
  return (
    <main lang={lang}>
      <header>
        <h1>{TEXTS.title[lang]}</h1>
        <button onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>{lang === 'vi' ? 'English' : 'Tiếng Việt'}</button>
        {signedIn && (
          <>
            <button onClick={() => setTab('live')} aria-pressed={tab === 'live'}>{TEXTS.live[lang]}</button>
            <button onClick={() => setTab('reports')} aria-pressed={tab === 'reports'}>{TEXTS.reports[lang]}</button>
            <button onClick={() => (session.clear(), setSignedIn(false))}>{TEXTS.signOut[lang]}</button>
          </>
        )}
      </header>
      {!signedIn ? <SignIn lang={lang} onDone={() => setSignedIn(true)} /> : tab === 'live' ? <LiveTable lang={lang} /> : <ReportTable lang={lang} />}
    </main>
  );
}
