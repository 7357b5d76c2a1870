import { useCallback, useEffect, useState } from 'react';
import { newCommandId } from '@luot/hub-client';
import type { AwaitingReturn, MarkReadyLine } from '@luot/protocol';
import type { AdminSession } from '../admin-session';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { formatHallDate, formatHallTime } from '../model/appointment';
import { codesOf, formatWaited } from '../model/return-batch';
import { NoticeLine } from './NoticeLine';

/** Readiness is not broadcast (it is not a hall event), so the list asks again this often. */
const REFRESH_MS = 30_000;

const OUTCOME_KEYS = {
  marked: 'sup.returns.marked',
  already_ready: 'sup.returns.alreadyReady',
  unknown: 'sup.returns.unknown',
  wrong_status: 'sup.returns.wrongStatus',
} as const;

/**
 * Returning results (issue 19): mark a pile of signed results ready by
 * scanning their receipts (or pasting codes), with where they wait; and the
 * results waiting to be collected, oldest first, with how long. Codes and
 * procedures only: nothing personal on a screen the hall may see.
 */
export function ReturnsPanel({ session }: { session: AdminSession }) {
  const { t, language } = useI18n();
  const [waiting, setWaiting] = useState<AwaitingReturn[] | null>(null);
  const [text, setText] = useState('');
  const [place, setPlace] = useState('');
  const [lines, setLines] = useState<MarkReadyLine[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const load = useCallback(async () => {
    const r = await session.command('dossier:awaiting-return', {});
    if (r.ok) setWaiting(r.value);
    else setNotice({ kind: 'error', error: r.error });
  }, [session]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const { codes, tooMany } = codesOf(text);
  const markReady = async () => {
    if (codes.length === 0) return;
    setBusy(true);
    const trimmed = place.trim();
    const r = await session.command('dossier:mark-ready', {
      commandId: newCommandId('sup'),
      dossiers: codes,
      ...(trimmed === '' ? {} : { place: trimmed }),
    });
    setBusy(false);
    if (!r.ok) {
      setNotice({ kind: 'error', error: r.error });
      return;
    }
    setLines(r.value.lines);
    setNotice({ kind: 'text', key: 'sup.returns.done', params: { marked: r.value.marked, total: r.value.lines.length } });
    setText('');
    void load();
  };

  return (
    <section className="panel returns-panel" aria-label={t('sup.returns')} data-testid="returns-panel">
      <div className="panel-head">
        <h2>{t('sup.returns')}</h2>
        <button type="button" onClick={() => void load()}>
          {t('sup.dossiersRefresh')}
        </button>
      </div>
      <form
        className="returns-batch"
        onSubmit={(e) => {
          e.preventDefault();
          void markReady();
        }}
      >
        <label>
          {t('sup.returns.codes')}
          <textarea name="readyCodes" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('sup.returns.codesHint')} />
        </label>
        <label>
          {t('sup.returns.place')}
          <input name="collectPlace" maxLength={120} value={place} onChange={(e) => setPlace(e.target.value)} placeholder={t('sup.returns.placeHint')} />
        </label>
        <button type="submit" className="primary" data-action="markReady" disabled={busy || codes.length === 0}>
          {t('sup.returns.mark', { count: codes.length })}
        </button>
        {tooMany && <p className="notice notice-error">{t('sup.returns.tooMany')}</p>}
      </form>
      <NoticeLine notice={notice} testId="returns-notice" />
      {lines.length > 0 && (
        <ul className="returns-lines" data-testid="returns-lines">
          {lines.map((l) => (
            <li key={l.ref} data-outcome={l.outcome}>
              <code>{l.ref}</code> — {t(OUTCOME_KEYS[l.outcome])}
            </li>
          ))}
        </ul>
      )}
      {waiting !== null && waiting.length === 0 ? (
        <p className="muted">{t('sup.returns.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sup.dossierCode')}</th>
              <th>{t('sup.dossierProcedure')}</th>
              <th>{t('sup.returns.readyAt')}</th>
              <th>{t('sup.returns.waited')}</th>
              <th>{t('sup.returns.where')}</th>
            </tr>
          </thead>
          <tbody>
            {(waiting ?? []).map((w) => (
              <tr key={w.dossierId} data-testid="awaiting-row" data-code={w.code}>
                <td className="nowrap">{w.code}</td>
                <td>{w.procedureName}</td>
                <td className="nowrap">
                  {formatHallTime(w.readyAt)} {formatHallDate(w.readyAt)}
                </td>
                <td className="nowrap" data-testid="awaiting-waited">
                  {formatWaited(w.waitingMinutes, language)}
                </td>
                <td>{w.returnMethod === 'post' ? t('sup.returns.byPost') : w.collectPlace}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
