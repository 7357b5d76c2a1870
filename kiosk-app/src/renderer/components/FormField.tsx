import type { ReactNode } from 'react';

interface FormFieldProps {
  label: string;
  /** What was typed or scanned; the placeholder shows when empty. */
  value: string;
  placeholder: string;
  active: boolean;
  error?: string | null;
  onPress: () => void;
  testId: string;
  /** Instead of a tappable value: choices such as Nam / Nữ. */
  children?: ReactNode;
}

/** One line of the dossier form: a big label, the value (touch it to type there), and what is wrong with it. */
export function FormField({ label, value, placeholder, active, error, onPress, testId, children }: FormFieldProps) {
  const state = `${active ? ' active' : ''}${error ? ' invalid' : ''}`;
  return (
    <div className={`form-field${state}`} data-testid={testId}>
      <span className="form-label">{label}</span>
      {children ?? (
        <button type="button" className="form-value" onClick={onPress} data-testid={`${testId}-value`}>
          {value === '' ? <span className="form-placeholder">{placeholder}</span> : <span className="form-text">{value}</span>}
          {active ? <span className="caret" /> : null}
        </button>
      )}
      {error ? (
        <span className="form-error" data-testid={`${testId}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
