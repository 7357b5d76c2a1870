import { useI18n } from '../hooks/use-i18n';
import { deleteLast } from '../keyboard/text-entry';
import { UiIcon } from './UiIcon';

/**
 * Letters and digits, QWERTY because most citizens know it from their phones.
 * By default a key is appended as typed (the search folds diacritics, so
 * "dat dai" finds "Đất đai"); `compose` lets a form apply Telex instead.
 */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** How a key changes the text (Telex, capitals); appends when absent. */
  compose?: (value: string, key: string) => string;
  /** Punctuation keys added to the last letter row, e.g. [',', '/', '-']. */
  extraKeys?: readonly string[];
  /** No space bar (dossier codes have none). */
  noSpace?: boolean;
}

export function OnScreenKeyboard({ value, onChange, maxLength = 60, compose, extraKeys = [], noSpace = false }: OnScreenKeyboardProps) {
  const { t } = useI18n();
  const type = (key: string) => {
    if (compose) return onChange(compose(value, key));
    if (value.length < maxLength) onChange(value + key);
  };
  const rows = ROWS.map((row, i) => (i === ROWS.length - 1 ? [...row, ...extraKeys] : [...row]));
  return (
    <div className="keyboard" role="group" aria-label="keyboard">
      {rows.map((row) => (
        <div className="keyboard-row" key={row.join('')}>
          {row.map((key) => (
            <button type="button" key={key} className="key" onClick={() => type(key)} data-key={key}>
              {key.toUpperCase()}
            </button>
          ))}
        </div>
      ))}
      <div className="keyboard-row">
        <button type="button" className="key key-wide" onClick={() => onChange('')} data-key="clear">
          {t('keyboard.clear')}
        </button>
        {noSpace ? null : (
          <button type="button" className="key key-space" onClick={() => type(' ')} data-key="space">
            {t('keyboard.space')}
          </button>
        )}
        <button type="button" className="key key-wide" onClick={() => onChange(deleteLast(value))} data-key="backspace">
          <UiIcon name="back" /> {t('keyboard.delete')}
        </button>
      </div>
    </div>
  );
}
