import { useI18n } from '../hooks/use-i18n';
import { deleteLast } from '../keyboard/text-entry';
import { UiIcon } from './UiIcon';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface NumericKeypadProps {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
}

/** Digits laid out like a phone's keypad, for ID numbers, dates and phone numbers. */
export function NumericKeypad({ value, onChange, maxLength }: NumericKeypadProps) {
  const { t } = useI18n();
  const type = (digit: string) => {
    if (value.length < maxLength) onChange(value + digit);
  };
  const digit = (d: string) => (
    <button type="button" key={d} className="key key-digit" onClick={() => type(d)} data-key={d}>
      {d}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label="keypad">
      {KEYS.map(digit)}
      <button type="button" className="key key-wide" onClick={() => onChange('')} data-key="clear">
        {t('keyboard.clear')}
      </button>
      {digit('0')}
      <button type="button" className="key key-wide" onClick={() => onChange(deleteLast(value))} data-key="backspace">
        <UiIcon name="back" /> {t('keyboard.delete')}
      </button>
    </div>
  );
}
