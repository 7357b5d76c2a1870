import { useCallback, useState } from 'react';
import { canPrint, type DeviceApi, type LuotError, type PrinterStatus } from '@luot/protocol/plain';
import { newCommandId } from '@luot/hub-client';
import type { KioskHub } from '../kiosk-hub';
import type { Route } from '../navigation';
import { buildTicketPrintJob, printAndShow } from '../ticket-print-job';
import { useVisitGuard } from './use-visit-guard';

interface Deps {
  hub: KioskHub;
  devices: DeviceApi;
  hubUrl: string;
  checkPrinter: () => Promise<PrinterStatus>;
  reset: (route: Route) => void;
}

/** The line the return ticket prints, so the citizen and the desk know which dossier it is for. */
export function collectNote(dossierCode: string, place: string): string {
  return `Nhận kết quả hồ sơ ${dossierCode} · Tại: ${place}`;
}

/**
 * "Nhận kết quả": the tracking code → `dossier:return-ticket` with a commandId
 * made for this tap (a retry after an unreachable hub reuses it), then the
 * ticket prints like any other. A refusal (result not ready, already
 * collected, a ticket already waiting) stays on the screen that asked.
 */
export function useCollectResult({ hub, devices, hubUrl, checkPrinter, reset }: Deps) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ error: LuotError; retryCommandId: string | null } | null>(null);
  const { begin, endVisit } = useVisitGuard();

  const collect = useCallback(
    async (code: string, retryCommandId?: string) => {
      const tap = begin();
      if (!tap) return;
      const { stale } = tap;
      try {
        const commandId = retryCommandId ?? newCommandId('r');
        setSending(true);
        setError(null);
        const [printer, result] = await Promise.all([checkPrinter(), hub.client.command('dossier:return-ticket', { commandId, code })]);
        if (stale()) return;
        setSending(false);
        if (!result.ok) {
          setError({ error: result.error, retryCommandId: result.error.code === 'hub_unreachable' ? commandId : null });
          return;
        }
        const job = { ...buildTicketPrintJob(hub.getState().snapshot, hubUrl, result.value), registrationNote: collectNote(result.value.dossierCode, result.value.collectPlace) };
        const ticketId = result.value.ticket.id;
        // Without paper the number shows on screen with its QR, as for any ticket.
        if (!canPrint(printer.state)) {
          reset({ name: 'ticket', ticketId, job, print: 'skipped' });
          return;
        }
        await printAndShow({ devices, job, ticketId, tap, reset, checkPrinter });
      } finally {
        tap.done();
      }
    },
    [begin, hub, devices, hubUrl, checkPrinter, reset],
  );

  const clear = useCallback(() => setError(null), []);
  return { collect, sending, error, clear, endVisit };
}
