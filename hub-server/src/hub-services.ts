/** Wires the feature services over one context (core + every feature's repositories). */
import type { SenderHealth } from '@luot/protocol';
import type { AuthService } from './auth/auth-service';
import type { AuditLog } from './core/audit-log';
import { createDossierAccess } from './dossiers/dossier-access';
import { createCounterActions } from './counters/counter-actions';
import { createCounterService } from './counters/counter-service';
import { createDeviceService } from './devices/device-service';
import { createDossierService } from './dossiers/dossier-service';
import { createReturnService } from './dossiers/return-service';
import { createDayService } from './hall/day-service';
import type { ConfigService } from './hall-config/config-service';
import { createHallService } from './hall/hall-service';
import type { HallStateContext } from './hall/hall-state-context';
import { createSnapshotService } from './hall/snapshot-service';
import { createLoadService } from './queue/load-service';
import { createTicketService } from './queue/ticket-service';
import { createBookingService } from './appointments/booking-service';

export function createHallServices(ctx: HallStateContext & { audit: AuditLog }, auth: AuthService, hallConfig: ConfigService, senderHealth?: () => SenderHealth) {
  const loads = createLoadService(ctx);
  const tickets = createTicketService(ctx, loads);
  const actions = createCounterActions(ctx, loads, tickets);
  const counters = createCounterService(ctx, actions);
  const devices = createDeviceService(ctx);
  const hall = createHallService(ctx);
  const snapshot = createSnapshotService(ctx, loads, hall, senderHealth);
  const day = createDayService(ctx, tickets, actions);
  // The runner opens each new day in its first batch, before the batch's commands;
  // a config change made "from tomorrow" applies right after the opening.
  ctx.run.startEachDay((tx) => {
    const opened = day.openDay(tx);
    return opened.ok ? hallConfig.applyDue(tx) : opened;
  });
  const dossiers = createDossierService(ctx, tickets);
  const dossierAccess = createDossierAccess({ counters: ctx.counters, tickets: ctx.tickets, queries: dossiers, audit: ctx.audit, clock: ctx.clock });
  const returns = createReturnService(ctx, tickets, dossiers);
  const bookings = createBookingService(ctx, tickets);
  return { ctx, auth, loads, tickets, actions, counters, devices, hall, snapshot, day, dossiers, dossierAccess, hallConfig, returns, bookings };
}

export type HallServices = ReturnType<typeof createHallServices>;
