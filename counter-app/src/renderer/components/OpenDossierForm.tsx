import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Opens a dossier by its code, typed or scanned from the receipt's QR (a USB scanner types it here). */
export function OpenDossierForm({ busy, onOpen }: { busy: boolean; onOpen(text: string): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onOpen(text);
    setText('');
  };
  return (
    <form className="inline-form dossier-open" onSubmit={submit}>
      <label>
        {t('dossier.codeLabel')}
        <input
          name="dossierCode"
          value={text}
          autoComplete="off"
          spellCheck={false}
          placeholder="000.00.01.H40-261123-0001"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" disabled={busy || text.trim() === ''}>
        {t('dossier.open')}
      </button>
    </form>
  );
}
