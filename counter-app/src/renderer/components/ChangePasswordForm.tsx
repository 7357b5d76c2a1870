import { useState, type FormEvent } from 'react';
import type { LuotError } from '@luot/protocol';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeLine } from './NoticeLine';

const MIN_LENGTH = 8;

interface Props {
  /** Sends the new password; resolves with the hub's refusal, or null once changed. */
  onSubmit(newPassword: string): Promise<LuotError | null>;
  onCancel(): void;
}

/**
 * The first sign-in of an account whose password came from the hall's
 * config file: the hub refuses it everything else (`password_change_required`)
 * until the officer chooses their own.
 */
export function ChangePasswordForm({ onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < MIN_LENGTH) return setNotice({ kind: 'text', key: 'password.tooShort' });
    if (next !== again) return setNotice({ kind: 'text', key: 'password.mismatch' });
    setNotice(null);
    setBusy(true);
    try {
      const error = await onSubmit(next);
      if (error !== null) setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <form className="sign-in-card" data-testid="change-password" onSubmit={(e) => void submit(e)}>
        <div className="sign-in-brand">
          <span className="brand-mark">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <h1>{t('password.heading')}</h1>
        <p>{t('password.why')}</p>
        <label>
          {t('password.new')}
          <input
            name="new-password"
            type="password"
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        <label>
          {t('password.confirm')}
          <input
            name="confirm-password"
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </label>
        <NoticeLine notice={notice} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('password.submitting') : t('password.submit')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('password.cancel')}
        </button>
      </form>
    </main>
  );
}
