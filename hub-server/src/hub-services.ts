/** Wires the feature services over one HallContext. */
import type { AuthService } from './auth/auth-service';
import { createCounterActions } from './counters/counter-actions';
import { createCounterService } from './counters/counter-service';
import { createDossierService } from './dossiers/dossier-service';
import { createLoadService } from './queue/load-service';
import { createTicketService } from './queue/ticket-service';
import { createDayService } from './hall/day-service';
import type { HallContext } from './core/hall-context';
import { createHallService } from './hall/hall-service';
import { createSnapshotService } from './hall/snapshot-service';

export function createHallServices(ctx: HallContext, auth: AuthService) {
  const loads = createLoadService(ctx);
  const tickets = createTicketService(ctx, loads);
  const actions = createCounterActions(ctx, loads, tickets);
  const counters = createCounterService(ctx, actions);
  const hall = createHallService(ctx);
  const snapshot = createSnapshotService(ctx, loads, hall);
  const day = createDayService(ctx, tickets, actions);
  const dossiers = createDossierService(ctx, tickets);
  return { ctx, auth, loads, tickets, actions, counters, hall, snapshot, day, dossiers };
}

export type HallServices = ReturnType<typeof createHallServices>;
