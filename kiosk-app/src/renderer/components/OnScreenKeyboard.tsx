import { useI18n } from '../hooks/use-i18n';
import { UiIcon } from './UiIcon';

/**
 * Letters only, no accents: the search folds diacritics, so "dat dai" finds
 * "Đất đai". QWERTY because most citizens know it from their phones.
 */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}

export function OnScreenKeyboard({ value, onChange, maxLength = 60 }: OnScreenKeyboardProps) {
  const { t } = useI18n();
  const type = (text: string) => {
    if (value.length < maxLength) onChange(value + text);
  };
  return (
    <div className="keyboard" role="group" aria-label="keyboard">
      {ROWS.map((row) => (
        <div className="keyboard-row" key={row}>
          {[...row].map((key) => (
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
        <button type="button" className="key key-space" onClick={() => type(' ')} data-key="space">
          {t('keyboard.space')}
        </button>
        <button type="button" className="key key-wide" onClick={() => onChange(value.slice(0, -1))} data-key="backspace">
          <UiIcon name="back" /> {t('keyboard.delete')}
        </button>
      </div>
    </div>
  );
}
