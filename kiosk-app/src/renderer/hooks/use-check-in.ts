import { useCallback } from 'react';
import { newCommandId } from '@luot/hub-client';
import type { DeviceApi, LuotError, PrinterStatus } from '@luot/protocol/plain';
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

/**
 * One check-in: the hub checks the booking in and issues its appointment
 * ticket (retried with the same commandId, so never twice); the ticket then
 * prints and shows like any other. A refusal comes back to the screen, which
 * words it (too early: from when; too late: a normal ticket).
 */
export function useCheckIn({ hub, devices, hubUrl, checkPrinter, reset }: Deps) {
  const { begin, endVisit } = useVisitGuard();
  const checkIn = useCallback(
    async (code: string): Promise<LuotError | null> => {
      const tap = begin();
      if (!tap) return null; // a second finger or a double scan
      try {
        const result = await hub.client.command('booking:check-in', { commandId: newCommandId('b'), code });
        if (tap.stale()) return null;
        if (!result.ok) return result.error;
        const job = buildTicketPrintJob(hub.getState().snapshot, hubUrl, result.value.receipt);
        await printAndShow({ devices, job, ticketId: result.value.receipt.ticket.id, tap, reset, checkPrinter });
        return null;
      } finally {
        tap.done();
      }
    },
    [begin, hub, devices, hubUrl, checkPrinter, reset],
  );
  return { checkIn, endVisit };
}
