import { useI18n } from '../i18n/i18n-context';
import type { SectionProps } from './section-props';
import type { CounterDoc } from './config-doc';
import { SaveBar } from './SaveBar';
import { TextField } from './TextField';
import { FieldIssues } from './FieldIssues';
import { useConfigDraft } from './use-config-draft';
import { moveItem, numberOrUndefined, removeAt, replaceAt, withOptional } from './draft-edits';

/** "Quầy": each counter's number, name, area, the services it serves in order of preference, and its bound PC. */
export function CountersSection({ session, hall, canEdit }: SectionProps) {
  const { t, pick } = useI18n();
  const draft = useConfigDraft(session);
  if (draft.draft === null) return <p className="loading">{t('common.loading')}</p>;
  const doc = draft.draft;
  const disabled = !canEdit || draft.busy;
  const set = (i: number, change: (c: CounterDoc) => CounterDoc) =>
    draft.edit((d) => ({ ...d, counters: replaceAt(d.counters, i, change(d.counters[i] as CounterDoc)) }));
  const serviceName = (code: string) => {
    const s = doc.services.find((x) => x.code === code);
    return s === undefined ? code : pick(s.name);
  };
  const counterPcs = hall.devices.filter((d) => d.role === 'counter');

  return (
    <main className="admin-section" aria-label={t('nav.counters')}>
      <section className="panel" data-testid="counters-form">
        <h2>{t('nav.counters')}</h2>
        {doc.counters.map((c, i) => (
          <fieldset key={i} className="card-fields" data-counter={c.number}>
            <legend>{t('ctrCfg.legend', { number: c.number })}</legend>
            <TextField label={t('ctrCfg.number')} type="number" value={c.number} path={`counters.${i}.number`} issues={draft.issues} disabled={disabled}
              onChange={(v) => set(i, (x) => ({ ...x, number: numberOrUndefined(v) ?? 0 }))} />
            <TextField label={t('cfg.nameVi')} value={c.name.vi} path={`counters.${i}.name.vi`} issues={draft.issues} disabled={disabled}
              onChange={(v) => set(i, (x) => ({ ...x, name: { ...x.name, vi: v } }))} />
            <TextField label={t('cfg.nameEn')} value={c.name.en} path={`counters.${i}.name.en`} issues={draft.issues} disabled={disabled}
              onChange={(v) => set(i, (x) => ({ ...x, name: { ...x.name, en: v } }))} />
            <TextField label={t('ctrCfg.area')} value={c.area} path={`counters.${i}.area`} issues={draft.issues} disabled={disabled}
              onChange={(v) => set(i, (x) => withOptional(x, 'area', v))} />
            <label className="field">
              <span>{t('ctrCfg.device')}</span>
              <select name={`counters.${i}.device`} value={c.device ?? ''} disabled={disabled}
                onChange={(e) => set(i, (x) => withOptional(x, 'device', e.target.value))}>
                <option value="">{t('ctrCfg.noDevice')}</option>
                {c.device !== undefined && !counterPcs.some((d) => d.id === c.device) && <option value={c.device}>{c.device}</option>}
                {counterPcs.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({d.id})
                  </option>
                ))}
              </select>
              <FieldIssues issues={draft.issues} path={`counters.${i}.device`} />
            </label>
            <div className="field wide">
              <span>{t('ctrCfg.services')}</span>
              <ol className="preference-list" data-testid={`counter-${c.number}-services`}>
                {c.services.map((code, j) => (
                  <li key={code}>
                    <span>{serviceName(code)}</span>
                    {canEdit && (
                      <span className="row-actions">
                        <button type="button" disabled={disabled || j === 0} aria-label={t('cfg.up')}
                          onClick={() => set(i, (x) => ({ ...x, services: moveItem(x.services, j, -1) }))}>↑</button>
                        <button type="button" disabled={disabled || j === c.services.length - 1} aria-label={t('cfg.down')}
                          onClick={() => set(i, (x) => ({ ...x, services: moveItem(x.services, j, 1) }))}>↓</button>
                        <button type="button" disabled={disabled} aria-label={t('cfg.remove')}
                          onClick={() => set(i, (x) => ({ ...x, services: removeAt(x.services, j) }))}>✕</button>
                      </span>
                    )}
                    <FieldIssues issues={draft.issues} path={`counters.${i}.services.${j}`} />
                  </li>
                ))}
              </ol>
              {canEdit && (
                <select name={`counters.${i}.addService`} value="" disabled={disabled}
                  onChange={(e) => e.target.value !== '' && set(i, (x) => ({ ...x, services: [...x.services, e.target.value] }))}>
                  <option value="">{t('ctrCfg.addService')}</option>
                  {doc.services
                    .filter((s) => !c.services.includes(s.code))
                    .map((s) => (
                      <option key={s.code} value={s.code}>
                        {pick(s.name)}
                      </option>
                    ))}
                </select>
              )}
              <FieldIssues issues={draft.issues} path={`counters.${i}.services`} />
            </div>
            {canEdit && (
              <button type="button" disabled={disabled} data-action="remove-counter"
                onClick={() => draft.edit((d) => ({ ...d, counters: removeAt(d.counters, i) }))}>
                {t('cfg.remove')}
              </button>
            )}
          </fieldset>
        ))}
        {canEdit && (
          <button type="button" disabled={disabled} data-action="add-counter"
            onClick={() =>
              draft.edit((d) => {
                const number = Math.max(0, ...d.counters.map((c) => c.number)) + 1;
                return { ...d, counters: [...d.counters, { number, name: { vi: `Quầy ${number}`, en: `Counter ${number}` }, services: [] }] };
              })
            }>
            {t('ctrCfg.addCounter')}
          </button>
        )}
      </section>
      <SaveBar draft={draft} canEdit={canEdit} />
    </main>
  );
}
