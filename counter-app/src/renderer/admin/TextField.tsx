import type { LocalizedText } from '@luot/protocol';
import { FieldIssues } from './FieldIssues';

/** A labelled input bound to one config field, with the hub's issues for that field under it. */
export function TextField({
  label,
  value,
  onChange,
  path,
  issues,
  disabled,
  type = 'text',
  maxLength,
}: {
  label: string;
  value: string | number | undefined;
  onChange(value: string): void;
  path: string;
  issues: Map<string, (LocalizedText | string)[]>;
  disabled: boolean;
  type?: 'text' | 'number' | 'url' | 'time' | 'date';
  maxLength?: number;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        name={path}
        type={type}
        value={value ?? ''}
        disabled={disabled}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={issues.has(path) || undefined}
      />
      <FieldIssues issues={issues} path={path} />
    </label>
  );
}
