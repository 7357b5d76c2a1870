import { useState, type FormEvent } from 'react';
import { TICKET_CODE_PATTERN } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { Dialog } from './Dialog';

/** Calls a given number: a citizen who came back, or a ticket the officer picks. */
export function CallNumberDialog({ onCall, onCancel }: { onCall(code: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = code.trim().toUpperCase();
    if (!TICKET_CODE_PATTERN.test(normalized)) {
      setInvalid(true);
      return;
    }
    onCall(normalized);
  };
  return (
    <Dialog title={t('callNumber.heading')} onCancel={onCancel}>
      <form className="dialog-form" onSubmit={submit}>
        <label>
          {t('callNumber.label')}
          <input
            name="code"
            className="code-input"
            autoComplete="off"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setInvalid(false);
            }}
          />
        </label>
        {invalid && (
          <p className="notice notice-error" role="alert">
            {t('callNumber.invalid')}
          </p>
        )}
        <button type="submit" className="primary">
          {t('callNumber.submit')}
        </button>
      </form>
    </Dialog>
  );
}
