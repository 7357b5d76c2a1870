import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  title: string;
  onCancel(): void;
  children: ReactNode;
  /** Extra key handling while the dialog is open (e.g. 1–4 for outcomes). */
  onKey?(event: KeyboardEvent): void;
}

/** A modal panel: Esc cancels, focus starts on the first control inside. */
export function Dialog({ title, onCancel, children, onKey }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, button:not(.dialog-cancel)');
    first?.focus();
  }, []);
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else onKey?.(event);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [onCancel, onKey]);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} ref={ref}>
        <h2>{title}</h2>
        {children}
        <div className="dialog-footer">
          <button type="button" className="dialog-cancel" onClick={onCancel}>
            {t('action.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
