import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  icon?: ReactNode;
}

interface ChoiceButtonsProps<T extends string> {
  choices: readonly Choice<T>[];
  selected: T | null;
  onSelect: (value: T) => void;
  testId: string;
}

/** Two or three big toggles, one selected (Nam / Nữ, at the counter / by post). */
export function ChoiceButtons<T extends string>({ choices, selected, onSelect, testId }: ChoiceButtonsProps<T>) {
  return (
    <div className="choice-buttons" role="radiogroup">
      {choices.map((c) => (
        <button
          type="button"
          key={c.value}
          role="radio"
          aria-checked={selected === c.value}
          className={`choice${selected === c.value ? ' selected' : ''}`}
          onClick={() => onSelect(c.value)}
          data-testid={`${testId}-${c.value}`}
        >
          {c.icon}
          <span>{c.label}</span>
        </button>
      ))}
    </div>
  );
}
