import { useCallback, useState } from 'react';
import { canPrint, type DeviceApi, type PrinterStatus, type PriorityClass } from '@luot/protocol/plain';
import { newCommandId } from '@luot/hub-client';
import type { KioskHub } from '../kiosk-hub';
import type { Route } from '../navigation';
import { buildTicketPrintJob, printAndShow } from '../ticket-print-job';
import { useVisitGuard } from './use-visit-guard';

export interface TakeNumberOptions {
  /** The citizen chose the on-screen ticket (printer down): issue without printing. */
  screenOnly?: boolean;
  /** Retry of a tap whose answer never came: reuse its id so the hub cannot issue twice. */
  commandId?: string;
  /** A mobile number to be told when the ticket nears its turn (the phone offer); sealed by the hub. */
  phone?: string;
}

interface Deps {
  hub: KioskHub;
  devices: DeviceApi;
  hubUrl: string;
  checkPrinter: () => Promise<PrinterStatus>;
  push: (route: Route) => void;
  /** Replaces the whole stack: after issuing there is no way "back" into the visit. */
  reset: (route: Route) => void;
  replaceTop: (route: Route) => void;
}

/**
 * One tap on "Lấy số": check the printer, issue with a commandId made for this
 * tap, print, and show the result. A visit counter drops answers that arrive
 * after the kiosk went home.
 */
export function useTakeNumber({ hub, devices, hubUrl, checkPrinter, push, reset, replaceTop }: Deps) {
  const [waitingForHub, setWaitingForHub] = useState(false);
  const { begin, endVisit } = useVisitGuard();

  const takeNumber = useCallback(
    async (service: string, priority: PriorityClass, options: TakeNumberOptions = {}) => {
      const tap = begin();
      if (!tap) return; // a second finger or a double tap
      const { stale } = tap;
      try {
        if (!options.screenOnly) {
          const printer = await checkPrinter();
          if (stale()) return;
          if (!canPrint(printer.state)) {
            push({ name: 'printer-problem', service, priority, printer, ...(options.phone ? { phone: options.phone } : {}) });
            return;
          }
        }
        const commandId = options.commandId ?? newCommandId('t');
        push({ name: 'issuing', service });
        setWaitingForHub(false);
        const payload = { commandId, service, priority, ...(options.phone ? { phone: options.phone } : {}) };
        const result = await hub.client.command('ticket:issue', payload, { onWaiting: setWaitingForHub });
        if (stale()) return;
        if (!result.ok) {
          replaceTop({
            name: 'issue-error',
            service,
            priority,
            error: result.error,
            retryCommandId: result.error.code === 'hub_unreachable' ? commandId : null,
            screenOnly: options.screenOnly ?? false,
            ...(options.phone ? { phone: options.phone } : {}),
          });
          return;
        }
        const job = buildTicketPrintJob(hub.getState().snapshot, hubUrl, result.value);
        const ticketId = result.value.ticket.id;
        if (options.screenOnly) {
          reset({ name: 'ticket', ticketId, job, print: 'skipped' });
          return;
        }
        await printAndShow({ devices, job, ticketId, tap, reset, checkPrinter });
      } finally {
        tap.done();
      }
    },
    [begin, hub, devices, hubUrl, checkPrinter, push, reset, replaceTop],
  );

  return { takeNumber, waitingForHub, endVisit };
}
