import { useCallback, useEffect, useState } from 'react';
import { DOSSIER_STATUSES, DOSSIER_STATUS_LABELS, type DossierStatus, type DossierView } from '@luot/protocol';
import type { AdminSession } from '../admin-session';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { newCommandId } from '@luot/hub-client';
import { formatAppointment } from '../model/appointment';
import { printHtml } from '../print-frame';
import { fetchPrintablePage } from '../staff-http';
import { NoticeLine } from './NoticeLine';
import { SupplementDialog } from './SupplementDialog';

/** Dossier changes are not broadcast (they carry personal data), so the list asks again this often. */
const REFRESH_MS = 20_000;

/** Moves a supervisor makes from this list; the rest happen at the counters. */
const MOVES: Partial<Record<DossierStatus, ('processing' | 'result_ready')[]>> = {
  received: ['processing', 'result_ready'],
  processing: ['result_ready'],
  supplement_requested: ['processing'],
  fee_due: ['processing', 'result_ready'],
  result_ready: ['processing'],
};
/** A received dossier found incomplete later waits for a supplement (form 02), keeping its code. */
const SUPPLEMENT_FROM: readonly DossierStatus[] = ['received', 'processing'];
/** Statuses with a notice to print (form 02 or 03). */
const WITH_NOTICE: readonly DossierStatus[] = ['supplement_requested', 'refused'];

/**
 * Today's dossiers (`dossier:list`): code, procedure, status, appointment and
 * the receiving officer. The applicant's personal data is deliberately not
 * shown here: a supervisor's screen is often in view of the hall (the printed
 * notice, on paper, does carry it).
 */
export function DossierListPanel({ session }: { session: AdminSession }) {
  const { t, pick, language } = useI18n();
  const [list, setList] = useState<DossierView[] | null>(null);
  const [filter, setFilter] = useState<DossierStatus | ''>('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [asking, setAsking] = useState<DossierView | null>(null);

  const load = useCallback(async () => {
    const r = await session.command('dossier:list', filter === '' ? {} : { status: filter });
    if (r.ok) setList(r.value);
    else setNotice({ kind: 'error', error: r.error });
  }, [session, filter]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const updated = (view: DossierView) => {
    setNotice({
      kind: 'text',
      key: 'sup.dossierUpdated',
      params: { code: view.code ?? '', status: pick(DOSSIER_STATUS_LABELS[view.status]) },
    });
    setList((old) => old?.map((d) => (d.id === view.id ? view : d)) ?? null);
  };

  const move = async (dossier: DossierView, status: 'processing' | 'result_ready') => {
    setBusy(true);
    const r = await session.command('dossier:set-status', {
      commandId: newCommandId('sup'),
      dossier: dossier.id,
      status,
    });
    setBusy(false);
    if (r.ok) updated(r.value);
    else setNotice({ kind: 'error', error: r.error });
  };

  const printNotice = async (dossier: DossierView) => {
    const token = session.token;
    if (token === null) return;
    setBusy(true);
    const html = await fetchPrintablePage(token, dossier.id, 'notice', 'a5');
    setBusy(false);
    if (!html.ok) {
      setNotice({ kind: 'error', error: html.error });
      return;
    }
    await printHtml(document, html.value);
  };

  const requestSupplement = async (dossier: DossierView, reason: string, items: string[]) => {
    setAsking(null);
    setBusy(true);
    const r = await session.command('dossier:request-supplement', {
      commandId: newCommandId('sup'),
      dossier: dossier.id,
      reason,
      items,
    });
    setBusy(false);
    if (!r.ok) {
      setNotice({ kind: 'error', error: r.error });
      return;
    }
    updated(r.value);
    await printNotice(r.value);
  };

  return (
    <section className="panel dossier-list-panel" aria-label={t('sup.dossiers')} data-testid="dossier-list">
      <div className="panel-head">
        <h2>{t('sup.dossiers')}</h2>
        <label className="inline-form">
          {t('sup.dossierFilter')}
          <select name="dossierStatus" value={filter} onChange={(e) => setFilter(e.target.value as DossierStatus | '')}>
            <option value="">{t('sup.dossierAll')}</option>
            {DOSSIER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {pick(DOSSIER_STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void load()}>
          {t('sup.dossiersRefresh')}
        </button>
      </div>
      <NoticeLine notice={notice} testId="dossier-list-notice" />
      {list !== null && list.length === 0 ? (
        <p className="muted">{t('sup.dossiersNone')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sup.dossierCode')}</th>
              <th>{t('sup.dossierProcedure')}</th>
              <th>{t('sup.dossierStatus')}</th>
              <th>{t('sup.dossierAppointment')}</th>
              <th>{t('sup.dossierOfficer')}</th>
              <th>{t('sup.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(list ?? []).map((d) => (
              <tr key={d.id} data-testid="dossier-row" data-code={d.code ?? ''} data-status={d.status}>
                <td className="nowrap">{d.code ?? <span className="muted">{t('sup.dossierNoCode')}</span>}</td>
                <td>
                  <span className="muted">{d.procedure.code}</span> {d.procedure.name}
                </td>
                <td className="nowrap">{pick(DOSSIER_STATUS_LABELS[d.status])}</td>
                <td className="nowrap">
                  {d.appointmentAt === null ? '—' : formatAppointment(d.appointmentAt, language)}
                </td>
                <td>{d.officer?.name ?? '—'}</td>
                <td>
                  <div className="row-actions">
                    {(MOVES[d.status] ?? []).map((status) => (
                      <button
                        key={status}
                        type="button"
                        data-action={status}
                        disabled={busy}
                        onClick={() => void move(d, status)}
                      >
                        {t(status === 'processing' ? 'dossier.toProcessing' : 'dossier.toResultReady')}
                      </button>
                    ))}
                    {SUPPLEMENT_FROM.includes(d.status) && (
                      <button type="button" data-action="supplement" disabled={busy} onClick={() => setAsking(d)}>
                        {t('dossier.requestSupplement')}
                      </button>
                    )}
                    {WITH_NOTICE.includes(d.status) && (
                      <button
                        type="button"
                        data-action="printNotice"
                        disabled={busy}
                        onClick={() => void printNotice(d)}
                      >
                        {t('dossier.printNotice')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <SupplementDialog
          missing={[]}
          onCancel={() => setAsking(null)}
          onRequest={(reason, items) => void requestSupplement(asking, reason, items)}
        />
      )}
    </section>
  );
}
