import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DOSSIER_STATUS_LABELS,
  luotError,
  type Applicant,
  type DeviceApi,
  type DossierStatus,
  type DossierView,
  type ProcedureView,
  type ReceivedDocument,
  type ReturnChoice,
  type TicketView,
} from '@luot/protocol';
import type { CounterSession, Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { newCommandId } from '@luot/hub-client';
import { TIMELINESS_KEYS } from '../model/appointment';
import { dossierCodeFrom } from '../model/dossier-code-input';
import { dossierRef } from '../model/dossier-ref';
import { printHtml } from '../print-frame';
import { fetchPrintablePage, fetchProcedures, type Paper } from '../staff-http';

export type ReceiptTarget = 'device' | Paper;

export interface DossierControls {
  dossier: DossierView | null;
  /** The catalogue entry of the open dossier's procedure (its required documents). */
  procedure: ProcedureView | null;
  catalogueFailed: boolean;
  loading: boolean;
  busy: boolean;
  notice: Notice | null;
  openByCode(text: string): Promise<void>;
  close(): void;
  receive(applicant: Applicant, ret: ReturnChoice, documents: ReceivedDocument[]): Promise<void>;
  refuse(reason: string): Promise<void>;
  requestSupplement(reason: string, items: string[]): Promise<void>;
  /** `place`: where a ready result waits (empty: the hall's return counters). */
  setStatus(status: Extract<DossierStatus, 'processing' | 'result_ready'>, place?: string): Promise<void>;
  markReturned(): Promise<void>;
  printReceipt(target: ReceiptTarget): Promise<void>;
  printNotice(paper: Paper): Promise<void>;
}

/**
 * The dossier open at the counter: the registration carried by the called
 * ticket (loaded when it is called), or one opened by code (a citizen coming
 * back, the "Trả kết quả" counter). Personal data lives only in this state and
 * goes when the panel closes or another ticket's registration replaces it.
 */
export function useDossier(
  session: CounterSession,
  devices: DeviceApi | null,
  current: TicketView | null,
): DossierControls {
  const { t, pick } = useI18n();
  const [dossier, setDossier] = useState<DossierView | null>(null);
  const [catalogue, setCatalogue] = useState<ProcedureView[] | null>(null);
  const [catalogueFailed, setCatalogueFailed] = useState(false);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const loadedFor = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void fetchProcedures().then((r) => {
      if (!live) return;
      if (r.ok) setCatalogue(r.value);
      else setCatalogueFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);

  // A called ticket that carries a registration opens it (once per ticket).
  const ticketKey = current?.dossierId ? `${current.id}:${current.dossierId}` : null;
  useEffect(() => {
    if (ticketKey === null || loadedFor.current === ticketKey) return;
    loadedFor.current = ticketKey;
    let live = true;
    setLoading(true);
    setNotice(null);
    void session.command('dossier:get', {}).then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) setDossier(r.value);
      else setNotice({ kind: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [ticketKey, session]);

  const run = useCallback(
    async <T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: ReturnType<typeof luotError> }>) => {
      setBusy(true);
      const r = await work();
      setBusy(false);
      if (!r.ok) setNotice({ kind: 'error', error: r.error });
      return r.ok ? r.value : null;
    },
    [],
  );

  const printPage = useCallback(
    async (view: DossierView, page: 'receipt' | 'notice', paper: Paper) => {
      const token = session.token;
      if (token === null) {
        setNotice({ kind: 'error', error: luotError('unauthenticated') });
        return;
      }
      const html = await run(() => fetchPrintablePage(token, dossierRef(view), page, paper));
      if (html === null) return;
      await printHtml(document, html);
      setNotice({ kind: 'text', key: 'dossier.printedPage', params: { paper: paper.toUpperCase() } });
    },
    [session, run],
  );

  const printReceiptOf = useCallback(
    async (view: DossierView, target: ReceiptTarget) => {
      if (target !== 'device') return printPage(view, 'receipt', target);
      if (devices === null) return printPage(view, 'receipt', 'a5');
      const job = await run(() => session.command('dossier:receipt', { dossier: dossierRef(view) }));
      if (job === null) return;
      setBusy(true);
      const printed = await devices
        .print({ kind: 'receipt', receipt: job })
        .catch(() => ({ ok: false as const, error: luotError('printer_offline') }));
      setBusy(false);
      setNotice(
        printed.ok
          ? { kind: 'text', key: 'dossier.printedThermal' }
          : { kind: 'text', key: 'dossier.printFailed', params: { reason: pick(printed.error.message) } },
      );
    },
    [devices, printPage, run, session, pick],
  );

  const openByCode = useCallback(
    async (text: string) => {
      const code = dossierCodeFrom(text);
      if (code === null) {
        setNotice({ kind: 'text', key: 'dossier.codeInvalid' });
        return;
      }
      setNotice(null);
      setLoading(true);
      const view = await run(() => session.command('dossier:get', { dossier: code }));
      setLoading(false);
      if (view !== null) setDossier(view);
    },
    [run, session],
  );

  const receive = useCallback(
    async (applicant: Applicant, ret: ReturnChoice, documents: ReceivedDocument[]) => {
      if (dossier === null) return;
      const view = await run(() =>
        session.command('dossier:receive', {
          commandId: newCommandId('dossier'),
          dossier: dossierRef(dossier),
          applicant,
          return: ret,
          documents,
        }),
      );
      if (view === null) return;
      setDossier(view);
      setNotice({ kind: 'text', key: 'dossier.received', params: { code: view.code ?? '' } });
      // The slip goes out at once: on the counter's printer, or as the A5 page for the office printer.
      await printReceiptOf(view, devices ? 'device' : 'a5');
    },
    [dossier, run, session, printReceiptOf, devices],
  );

  const refuse = useCallback(
    async (reason: string) => {
      if (dossier === null) return;
      const view = await run(() =>
        session.command('dossier:refuse', { commandId: newCommandId('dossier'), dossier: dossierRef(dossier), reason }),
      );
      if (view === null) return;
      setDossier(view);
      setNotice({ kind: 'text', key: 'dossier.refused' });
      await printPage(view, 'notice', 'a5');
    },
    [dossier, run, session, printPage],
  );

  const requestSupplement = useCallback(
    async (reason: string, items: string[]) => {
      if (dossier === null) return;
      const view = await run(() =>
        session.command('dossier:request-supplement', {
          commandId: newCommandId('dossier'),
          dossier: dossierRef(dossier),
          reason,
          items,
        }),
      );
      if (view === null) return;
      setDossier(view);
      setNotice({ kind: 'text', key: 'dossier.supplementRequested' });
      await printPage(view, 'notice', 'a5');
    },
    [dossier, run, session, printPage],
  );

  const setStatus = useCallback(
    async (status: Extract<DossierStatus, 'processing' | 'result_ready'>, place = '') => {
      if (dossier === null) return;
      const ref = dossierRef(dossier);
      const trimmed = place.trim();
      // A result marked ready says where it waits (issue 19): `dossier:mark-ready`, a batch of one; then the view again.
      const view =
        status === 'result_ready'
          ? await run(async () => {
              const marked = await session.command('dossier:mark-ready', {
                commandId: newCommandId('dossier'),
                dossiers: [ref],
                ...(trimmed === '' ? {} : { place: trimmed }),
              });
              return marked.ok ? session.command('dossier:get', { dossier: ref }) : marked;
            })
          : await run(() => session.command('dossier:set-status', { commandId: newCommandId('dossier'), dossier: ref, status }));
      if (view === null) return;
      setDossier(view);
      setNotice({
        kind: 'text',
        key: 'dossier.statusChanged',
        params: { code: view.code ?? '', status: pick(DOSSIER_STATUS_LABELS[view.status]) },
      });
    },
    [dossier, run, session, pick],
  );

  const markReturned = useCallback(async () => {
    if (dossier === null) return;
    const view = await run(() =>
      session.command('dossier:mark-returned', { commandId: newCommandId('dossier'), dossier: dossierRef(dossier) }),
    );
    if (view === null) return;
    setDossier(view);
    setNotice({
      kind: 'text',
      key: 'dossier.returned',
      params: { code: view.code ?? '', timeliness: view.timeliness ? t(TIMELINESS_KEYS[view.timeliness]) : '' },
    });
  }, [dossier, run, session, t]);

  const close = useCallback(() => {
    setDossier(null);
    setNotice(null);
  }, []);

  const procedure = dossier ? (catalogue?.find((p) => p.code === dossier.procedure.code) ?? null) : null;
  return {
    dossier,
    procedure,
    catalogueFailed,
    loading,
    busy,
    notice,
    openByCode,
    close,
    receive,
    refuse,
    requestSupplement,
    setStatus,
    markReturned,
    printReceipt: (target) => (dossier ? printReceiptOf(dossier, target) : Promise.resolve()),
    printNotice: (paper) => (dossier ? printPage(dossier, 'notice', paper) : Promise.resolve()),
  };
}
