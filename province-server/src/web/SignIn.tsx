import { useState, type FormEvent } from 'react';
import { signIn } from './api';
import { TEXTS, type Lang } from './texts';

export function SignIn({ lang, onDone }: { lang: Lang; onDone: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await signIn(username, password)) onDone();
    else setFailed(true);
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="sign-in">
      <label>
        {TEXTS.username[lang]} <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" />
      </label>
      <label>
        {TEXTS.password[lang]} <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      </label>
      <button type="submit">{TEXTS.signIn[lang]}</button>
      {failed && <p role="alert">{TEXTS.badCredentials[lang]}</p>}
    </form>
  );
}
