import { useCallback, useState } from 'react';
import { canPrint, type DeviceApi, type PrinterStatus, type ProcedureView } from '@luot/protocol/plain';
import { newCommandId } from '@luot/hub-client';
import { toRegisterCommand, type ValidDossier } from '../dossier/dossier-form';
import type { KioskHub } from '../kiosk-hub';
import type { Route } from '../navigation';
import { buildTicketPrintJob, printAndShow } from '../ticket-print-job';
import { useVisitGuard } from './use-visit-guard';

interface Deps {
  hub: KioskHub;
  devices: DeviceApi;
  hubUrl: string;
  checkPrinter: () => Promise<PrinterStatus>;
  push: (route: Route) => void;
  reset: (route: Route) => void;
  replaceTop: (route: Route) => void;
}

/** The short line the ticket carries so the officer (and the citizen) know a registration waits. */
export function registrationNote(procedure: ProcedureView): string {
  return `Hồ sơ đã đăng ký tại máy · Thủ tục ${procedure.code}`;
}

/**
 * One tap on "Xác nhận đăng ký": `dossier:register` with a commandId made for
 * this tap (every retry, and "Thử lại" after an unreachable hub, reuses it),
 * then the ticket prints on the same path as a normal ticket with a short
 * registration line. A visit counter drops answers that arrive after home.
 */
export function useRegisterDossier({ hub, devices, hubUrl, checkPrinter, push, reset, replaceTop }: Deps) {
  const [waitingForHub, setWaitingForHub] = useState(false);
  const { begin, endVisit } = useVisitGuard();

  const register = useCallback(
    async (procedure: ProcedureView, dossier: ValidDossier, retryCommandId?: string) => {
      const tap = begin();
      if (!tap) return; // a second finger or a double tap
      const { stale } = tap;
      try {
        const commandId = retryCommandId ?? newCommandId('d');
        push({ name: 'dossier-registering', procedure: procedure.code });
        setWaitingForHub(false);
        // The registration goes ahead whatever the printer says: without paper the number shows on screen with its QR.
        const [printer, result] = await Promise.all([
          checkPrinter(),
          hub.client.command('dossier:register', toRegisterCommand(commandId, procedure.code, dossier), { onWaiting: setWaitingForHub }),
        ]);
        if (stale()) return;
        if (!result.ok) {
          replaceTop({
            name: 'dossier-error',
            procedure: procedure.code,
            error: result.error,
            retryCommandId: result.error.code === 'hub_unreachable' ? commandId : null,
          });
          return;
        }
        const job = { ...buildTicketPrintJob(hub.getState().snapshot, hubUrl, result.value), registrationNote: registrationNote(procedure) };
        const ticketId = result.value.ticket.id;
        if (!canPrint(printer.state)) {
          reset({ name: 'ticket', ticketId, job, print: 'skipped', registered: true });
          return;
        }
        await printAndShow({ devices, job, ticketId, tap, reset, checkPrinter, registered: true });
      } finally {
        tap.done();
      }
    },
    [begin, hub, devices, hubUrl, checkPrinter, push, reset, replaceTop],
  );

  return { register, waitingForHub, endVisit };
}
