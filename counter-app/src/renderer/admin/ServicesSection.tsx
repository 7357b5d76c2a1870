import { PRIORITY_CLASSES, PRIORITY_LABELS } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import type { SectionProps } from './section-props';
import type { DepartmentDoc, ServiceDoc } from './config-doc';
import { SaveBar } from './SaveBar';
import { TextField } from './TextField';
import { FieldIssues } from './FieldIssues';
import { useConfigDraft } from './use-config-draft';
import { moveItem, newService, numberOrUndefined, removeService, replaceAt, toggle, withOptional } from './draft-edits';

/**
 * "Dịch vụ": departments, and the services the kiosks offer, in kiosk order:
 * names, icon, prefix and number width, daily cap, issuing sessions, priority
 * classes offered and the target wait.
 */
export function ServicesSection({ session, canEdit }: SectionProps) {
  const { t, pick } = useI18n();
  const draft = useConfigDraft(session);
  if (draft.draft === null) return <p className="loading">{t('common.loading')}</p>;
  const doc = draft.draft;
  const disabled = !canEdit || draft.busy;
  const setService = (i: number, change: (s: ServiceDoc) => ServiceDoc) =>
    draft.edit((d) => ({ ...d, services: replaceAt(d.services, i, change(d.services[i] as ServiceDoc)) }));
  const setDepartment = (i: number, change: (s: DepartmentDoc) => DepartmentDoc) =>
    draft.edit((d) => ({ ...d, departments: replaceAt(d.departments, i, change(d.departments[i] as DepartmentDoc)) }));
  const sessionNames = doc.hours.sessions.map((s) => s.name);

  return (
    <main className="admin-section" aria-label={t('nav.services')}>
      <section className="panel" data-testid="departments">
        <h2>{t('svcCfg.departments')}</h2>
        {doc.departments.map((dep, i) => (
          <fieldset key={i} className="card-fields">
            <TextField label={t('cfg.code')} value={dep.code} path={`departments.${i}.code`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setDepartment(i, (x) => ({ ...x, code: v }))} />
            <TextField label={t('cfg.nameVi')} value={dep.name.vi} path={`departments.${i}.name.vi`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setDepartment(i, (x) => ({ ...x, name: { ...x.name, vi: v } }))} />
            <TextField label={t('cfg.nameEn')} value={dep.name.en} path={`departments.${i}.name.en`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setDepartment(i, (x) => ({ ...x, name: { ...x.name, en: v } }))} />
            <TextField label={t('svcCfg.icon')} value={dep.icon} path={`departments.${i}.icon`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setDepartment(i, (x) => withOptional(x, 'icon', v))} />
            <TextField label={t('svcCfg.agencyCode')} value={dep.agencyCode} path={`departments.${i}.agencyCode`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setDepartment(i, (x) => ({ ...x, agencyCode: v }))} />
          </fieldset>
        ))}
        {canEdit && (
          <button type="button" disabled={disabled} data-action="add-department"
            onClick={() => draft.edit((d) => ({ ...d, departments: [...d.departments, { code: '', name: { vi: '', en: '' }, agencyCode: '' }] }))}>
            {t('svcCfg.addDepartment')}
          </button>
        )}
      </section>
      <section className="panel" data-testid="services">
        <h2>{t('svcCfg.services')}</h2>
        <p className="muted">{t('svcCfg.kioskOrder')}</p>
        {doc.services.map((svc, i) => (
          <fieldset key={i} className="card-fields" data-service={svc.code}>
            <legend>
              {i + 1}. {svc.name.vi === '' ? t('svcCfg.unnamed') : svc.name.vi} <span className="muted">({svc.prefix})</span>
            </legend>
            <TextField label={t('cfg.code')} value={svc.code} path={`services.${i}.code`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => ({ ...x, code: v }))} />
            <TextField label={t('cfg.nameVi')} value={svc.name.vi} path={`services.${i}.name.vi`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => ({ ...x, name: { ...x.name, vi: v } }))} />
            <TextField label={t('cfg.nameEn')} value={svc.name.en} path={`services.${i}.name.en`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => ({ ...x, name: { ...x.name, en: v } }))} />
            <label className="field">
              <span>{t('svcCfg.department')}</span>
              <select name={`services.${i}.department`} value={svc.department} disabled={disabled}
                onChange={(e) => setService(i, (x) => ({ ...x, department: e.target.value }))}>
                {doc.departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {pick(d.name)}
                  </option>
                ))}
              </select>
              <FieldIssues issues={draft.issues} path={`services.${i}.department`} />
            </label>
            <TextField label={t('svcCfg.prefix')} value={svc.prefix} path={`services.${i}.prefix`} issues={draft.issues} disabled={disabled} maxLength={2}
              onChange={(v) => setService(i, (x) => ({ ...x, prefix: v.toUpperCase() }))} />
            <TextField label={t('svcCfg.numberWidth')} type="number" value={svc.numberWidth} path={`services.${i}.numberWidth`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => withOptional(x, 'numberWidth', numberOrUndefined(v)))} />
            <TextField label={t('svcCfg.dailyCap')} type="number" value={svc.dailyCap} path={`services.${i}.dailyCap`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => withOptional(x, 'dailyCap', numberOrUndefined(v)))} />
            <TextField label={t('svcCfg.targetWait')} type="number" value={svc.targetWaitMinutes} path={`services.${i}.targetWaitMinutes`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => withOptional(x, 'targetWaitMinutes', numberOrUndefined(v)))} />
            <TextField label={t('svcCfg.icon')} value={svc.icon} path={`services.${i}.icon`} issues={draft.issues} disabled={disabled}
              onChange={(v) => setService(i, (x) => withOptional(x, 'icon', v))} />
            <div className="field">
              <span>{t('svcCfg.sessions')}</span>
              <div className="checks">
                {sessionNames.map((name) => (
                  <label key={name} className="inline-check">
                    <input type="checkbox" disabled={disabled} checked={svc.sessions === undefined || svc.sessions.includes(name)}
                      onChange={() =>
                        setService(i, (x) => {
                          const next = toggle(x.sessions ?? sessionNames, name);
                          // All sessions is the schema's default: say nothing rather than list them all.
                          return withOptional(x, 'sessions', next.length === sessionNames.length ? undefined : next);
                        })
                      } />
                    {name}
                  </label>
                ))}
              </div>
              <FieldIssues issues={draft.issues} path={`services.${i}.sessions`} nested />
            </div>
            <div className="field wide">
              <span>{t('svcCfg.priorities')}</span>
              <div className="checks">
                {PRIORITY_CLASSES.map((p) => (
                  <label key={p} className="inline-check">
                    <input type="checkbox" disabled={disabled} checked={svc.priorities === undefined || svc.priorities.includes(p)}
                      onChange={() => setService(i, (x) => ({ ...x, priorities: toggle(x.priorities ?? [...PRIORITY_CLASSES], p) }))} />
                    {pick(PRIORITY_LABELS[p])}
                  </label>
                ))}
              </div>
              <FieldIssues issues={draft.issues} path={`services.${i}.priorities`} nested />
            </div>
            {canEdit && (
              <div className="row-actions">
                <button type="button" disabled={disabled || i === 0} onClick={() => draft.edit((d) => ({ ...d, services: moveItem(d.services, i, -1) }))}>
                  {t('cfg.up')}
                </button>
                <button type="button" disabled={disabled || i === doc.services.length - 1} onClick={() => draft.edit((d) => ({ ...d, services: moveItem(d.services, i, 1) }))}>
                  {t('cfg.down')}
                </button>
                <button type="button" disabled={disabled} data-action="remove-service" onClick={() => draft.edit((d) => removeService(d, i))}>
                  {t('cfg.remove')}
                </button>
              </div>
            )}
            <FieldIssues issues={draft.issues} path={`services.${i}`} />
          </fieldset>
        ))}
        {canEdit && (
          <button type="button" disabled={disabled} data-action="add-service"
            onClick={() => draft.edit((d) => ({ ...d, services: [...d.services, newService(d)] }))}>
            {t('svcCfg.addService')}
          </button>
        )}
      </section>
      <SaveBar draft={draft} canEdit={canEdit} />
    </main>
  );
}
