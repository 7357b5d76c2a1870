import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, type AuditEntryView, type LuotError } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatHallDate, formatHallTime } from '../model/appointment';
import { auditQuery, EMPTY_AUDIT_FILTER, isAuditAction, type AuditFilterForm } from '../model/audit-filter';
import { fetchAuditCsv, fetchAuditLog } from '../staff-http';

/**
 * The audit log for the admin (supervisors do not get this panel, and the
 * hub refuses them the route): filter by who, what and which days, read the
 * newest entries, download the same selection as CSV for Excel. The token
 * travels in the Authorization header; the file is handed over as a blob.
 */
export function AuditLogPanel({ token }: { token: string | null }) {
  const { t, pick } = useI18n();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<LuotError | null>(null);
  const [busy, setBusy] = useState(false);

  const show = async (event?: FormEvent) => {
    event?.preventDefault();
    if (token === null) return;
    setBusy(true);
    const r = await fetchAuditLog(token, auditQuery(form));
    setBusy(false);
    setError(r.ok ? null : r.error);
    if (r.ok) {
      setEntries(r.value.entries);
      setTruncated(r.value.truncated);
    }
  };
  const download = async () => {
    if (token === null) return;
    setBusy(true);
    const r = await fetchAuditCsv(token, auditQuery(form));
    setBusy(false);
    setError(r.ok ? null : r.error);
    if (!r.ok) return;
    const url = URL.createObjectURL(r.value.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = r.value.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const set = (patch: Partial<AuditFilterForm>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <section className="panel audit-panel" aria-label={t('audit.title')} data-testid="audit-panel">
      <h2>{t('audit.title')}</h2>
      <form className="inline-form audit-filters" onSubmit={(e) => void show(e)}>
        <label>
          {t('audit.who')}
          <input name="who" value={form.who} autoComplete="off" spellCheck={false} placeholder="canbo01" onChange={(e) => set({ who: e.target.value })} />
        </label>
        <label>
          {t('audit.action')}
          <select name="action" value={form.action} onChange={(e) => set({ action: isAuditAction(e.target.value) ? e.target.value : '' })}>
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.from')}
          <input type="date" name="from" value={form.fromDay} onChange={(e) => set({ fromDay: e.target.value })} />
        </label>
        <label>
          {t('audit.to')}
          <input type="date" name="to" value={form.toDay} onChange={(e) => set({ toDay: e.target.value })} />
        </label>
        <button type="submit" disabled={busy} data-action="auditShow">
          {t('audit.show')}
        </button>
        <button type="button" disabled={busy} data-action="auditCsv" onClick={() => void download()}>
          {t('audit.csv')}
        </button>
      </form>
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {pick(error.message)}
        </p>
      )}
      {entries !== null &&
        (entries.length === 0 ? (
          <p className="muted">{t('audit.none')}</p>
        ) : (
          <table className="data-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>{t('audit.at')}</th>
                <th>{t('audit.who')}</th>
                <th>{t('audit.action')}</th>
                <th>{t('audit.subject')}</th>
                <th>{t('audit.address')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>
                    {formatHallTime(e.at)} {formatHallDate(e.at)}
                  </td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                  <td>{e.subject ?? ''}</td>
                  <td className="muted">{e.address ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {truncated && <p className="muted">{t('audit.truncated')}</p>}
    </section>
  );
}
