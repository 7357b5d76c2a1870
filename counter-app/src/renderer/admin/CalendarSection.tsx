import { useI18n } from '../i18n/i18n-context';
import type { SectionProps } from './section-props';
import type { HoursDoc, SessionDoc } from './config-doc';
import { SaveBar } from './SaveBar';
import { TextField } from './TextField';
import { FieldIssues } from './FieldIssues';
import { DayList } from './DayList';
import { CalendarImportPanel } from './CalendarImportPanel';
import { useConfigDraft } from './use-config-draft';
import { numberOrUndefined, removeAt, replaceAt, setCalendarDays, toggle, withOptional } from './draft-edits';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * "Lịch làm việc": the sessions, the weekdays and Saturdays the hall opens,
 * the issuing cut-off, holidays and make-up working days (which due dates
 * count), and the yearly import of the official list.
 */
export function CalendarSection({ session, canEdit }: SectionProps) {
  const { t } = useI18n();
  const draft = useConfigDraft(session);
  if (draft.draft === null) return <p className="loading">{t('common.loading')}</p>;
  const hours = draft.draft.hours;
  const disabled = !canEdit || draft.busy;
  const set = (change: (h: HoursDoc) => HoursDoc) => draft.edit((d) => ({ ...d, hours: change(d.hours) }));
  const setSession = (i: number, change: (s: SessionDoc) => SessionDoc) =>
    set((h) => ({ ...h, sessions: replaceAt(h.sessions, i, change(h.sessions[i] as SessionDoc)) }));

  return (
    <main className="admin-section" aria-label={t('nav.calendar')}>
      <section className="panel" data-testid="calendar-form">
        <h2>{t('calCfg.sessions')}</h2>
        {hours.sessions.map((s, i) => (
          <fieldset key={i} className="card-fields">
            <TextField label={t('calCfg.sessionName')} value={s.name} path={`hours.sessions.${i}.name`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setSession(i, (x) => ({ ...x, name: v }))} />
            <TextField label={t('calCfg.start')} type="time" value={s.start} path={`hours.sessions.${i}.start`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setSession(i, (x) => ({ ...x, start: v }))} />
            <TextField label={t('calCfg.end')} type="time" value={s.end} path={`hours.sessions.${i}.end`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setSession(i, (x) => ({ ...x, end: v }))} />
            {canEdit && (
              <button type="button" disabled={disabled || hours.sessions.length === 1} onClick={() => set((h) => ({ ...h, sessions: removeAt(h.sessions, i) }))}>
                {t('cfg.remove')}
              </button>
            )}
          </fieldset>
        ))}
        {canEdit && (
          <button type="button" disabled={disabled || hours.sessions.length >= 4}
            onClick={() => set((h) => ({ ...h, sessions: [...h.sessions, { name: `ca-${h.sessions.length + 1}`, start: '13:30', end: '17:00' }] }))}>
            {t('calCfg.addSession')}
          </button>
        )}
        <div className="field">
          <span>{t('calCfg.weekdays')}</span>
          <div className="checks">
            {WEEKDAYS.map((w) => (
              <label key={w} className="inline-check">
                <input type="checkbox" disabled={disabled} checked={(hours.weekdays ?? [1, 2, 3, 4, 5]).includes(w)}
                  onChange={() => set((h) => ({ ...h, weekdays: toggle(h.weekdays ?? [1, 2, 3, 4, 5], w).sort() }))} />
                {t(`calCfg.weekday${w}`)}
              </label>
            ))}
          </div>
          <FieldIssues issues={draft.issues} path="hours.weekdays" nested />
        </div>
        <div className="field">
          <span>{t('calCfg.saturday')}</span>
          <div className="checks">
            {hours.sessions.map((s) => (
              <label key={s.name} className="inline-check">
                <input type="checkbox" disabled={disabled} checked={(hours.saturdaySessions ?? []).includes(s.name)}
                  onChange={() => set((h) => ({ ...h, saturdaySessions: toggle(h.saturdaySessions, s.name) }))} />
                {s.name}
              </label>
            ))}
          </div>
          <FieldIssues issues={draft.issues} path="hours.saturdaySessions" nested />
        </div>
        <TextField label={t('calCfg.cutOff')} type="number" value={hours.issuingCutOffMinutes} path="hours.issuingCutOffMinutes" issues={draft.issues} disabled={disabled}
          onChange={(v) => set((h) => withOptional(h, 'issuingCutOffMinutes', numberOrUndefined(v)))} />
      </section>
      <section className="panel" data-testid="calendar-days">
        <h2>{t('calCfg.days')}</h2>
        <DayList title={t('calCfg.holidays')} days={hours.holidays ?? []} path="hours.holidays" issues={draft.issues} disabled={disabled} testId="holidays"
          onChange={(days) => draft.edit((d) => setCalendarDays(d, 'holidays', days))} />
        <DayList title={t('calCfg.makeUpDays')} days={hours.makeUpDays ?? []} path="hours.makeUpDays" issues={draft.issues} disabled={disabled} testId="make-up-days"
          onChange={(days) => draft.edit((d) => setCalendarDays(d, 'makeUpDays', days))} />
        <p className="muted">{t('calCfg.makeUpHelp')}</p>
      </section>
      <SaveBar draft={draft} canEdit={canEdit} />
      {canEdit && <CalendarImportPanel session={session} onApplied={() => void draft.reload()} />}
    </main>
  );
}
