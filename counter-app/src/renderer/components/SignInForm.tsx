import { useState, type FormEvent } from 'react';
import type { CounterView } from '@luot/protocol';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeLine } from './NoticeLine';

/** A counter to sign in at, as `GET /api/v1/hall` lists it (the officer there, when a hub says). */
export type CounterChoice = Pick<CounterView, 'number' | 'name' | 'area'> & { officer?: CounterView['officer'] };

/** Counters grouped by area (floor), in the hub's order. */
function areasOf(list: readonly CounterChoice[]): [string, CounterChoice[]][] {
  const groups = new Map<string, CounterChoice[]>();
  for (const c of list) groups.set(c.area, [...(groups.get(c.area) ?? []), c]);
  return [...groups];
}

interface Props {
  heading: string;
  /** Offer a counter choice (officer console); the supervisor signs in without one. */
  counters?: { list: CounterChoice[] | null; initial: number | null };
  notice: Notice | null;
  onSubmit(username: string, password: string, counter: number | null): Promise<void>;
}

export function SignInForm({ heading, counters, notice, onSubmit }: Props) {
  const { t, pick } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [counter, setCounter] = useState<string>(counters?.initial != null ? String(counters.initial) : '');
  const [busy, setBusy] = useState(false);
  const [localNotice, setLocalNotice] = useState<Notice | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = counters ? Number(counter) : null;
    if (counters && (!Number.isInteger(number) || (number ?? 0) < 1)) {
      setLocalNotice({ kind: 'text', key: 'signIn.counterRequired' });
      return;
    }
    setLocalNotice(null);
    setBusy(true);
    try {
      await onSubmit(username.trim(), password, number);
    } finally {
      setBusy(false);
      setPassword('');
    }
  };

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={(e) => void submit(e)}>
        <div className="sign-in-brand">
          <span className="brand-mark">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <h1>{heading}</h1>
        <label>
          {t('signIn.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {counters && (
          <label>
            {t('signIn.counter')}
            {counters.list && counters.list.length > 0 ? (
              <select name="counter" value={counter} onChange={(e) => setCounter(e.target.value)}>
                <option value="">—</option>
                {areasOf(counters.list).map(([area, list]) => (
                  <optgroup key={area} label={area}>
                    {list.map((c) => (
                      <option key={c.number} value={c.number}>
                        {t('signIn.counterOption', { name: pick(c.name) })}
                        {c.officer ? ` ${t('signIn.counterBusy', { officer: c.officer.name })}` : ''}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            ) : (
              <input
                name="counter"
                type="number"
                min={1}
                max={999}
                value={counter}
                onChange={(e) => setCounter(e.target.value)}
              />
            )}
            <small>{t('signIn.counterRemembered')}</small>
          </label>
        )}
        <NoticeLine notice={localNotice ?? notice} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
