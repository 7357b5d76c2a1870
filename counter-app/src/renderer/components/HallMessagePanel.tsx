import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** The one line the display boards show under the calls. */
export function HallMessagePanel({
  message,
  busy,
  onSend,
}: {
  message: string | null;
  busy: boolean;
  onSend(message: string | null): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onSend(text.trim());
    setText('');
  };
  return (
    <section className="panel" aria-label={t('sup.message')}>
      <h2>{t('sup.message')}</h2>
      <p className="muted" data-testid="hall-message">
        {message ? t('sup.messageCurrent', { message }) : t('sup.messageNone')}
      </p>
      <form className="inline-form" onSubmit={submit}>
        <input
          name="message"
          maxLength={300}
          placeholder={t('sup.messagePlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          {t('sup.messageSend')}
        </button>
        {message && (
          <button type="button" disabled={busy} onClick={() => onSend(null)}>
            {t('sup.messageClear')}
          </button>
        )}
      </form>
    </section>
  );
}
