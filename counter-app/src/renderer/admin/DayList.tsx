import { useState } from 'react';
import type { LocalizedText } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { FieldIssues } from './FieldIssues';

/** A list of days (holidays, make-up working days): add one by date, remove any. */
export function DayList({
  title,
  days,
  path,
  issues,
  disabled,
  onChange,
  testId,
}: {
  title: string;
  days: string[];
  path: string;
  issues: Map<string, (LocalizedText | string)[]>;
  disabled: boolean;
  onChange(days: string[]): void;
  testId: string;
}) {
  const { t } = useI18n();
  const [day, setDay] = useState('');
  return (
    <div className="field" data-testid={testId}>
      <span>{title}</span>
      <ul className="day-list">
        {days.map((d, i) => (
          <li key={d}>
            <time dateTime={d}>{d.split('-').reverse().join('/')}</time>
            {!disabled && (
              <button type="button" className="link-button" aria-label={`${t('cfg.remove')} ${d}`} onClick={() => onChange(days.filter((x) => x !== d))}>
                ✕
              </button>
            )}
            <FieldIssues issues={issues} path={`${path}.${i}`} />
          </li>
        ))}
        {days.length === 0 && <li className="muted">{t('calCfg.none')}</li>}
      </ul>
      {!disabled && (
        <span className="inline-form">
          <input type="date" name={`${path}.new`} value={day} onChange={(e) => setDay(e.target.value)} />
          <button type="button" disabled={day === ''} data-action={`add-${testId}`} onClick={() => {
            onChange([...new Set([...days, day])].sort());
            setDay('');
          }}>
            {t('calCfg.addDay')}
          </button>
        </span>
      )}
    </div>
  );
}
