/** Queue commands on the sockets: the kiosk issues tickets; a supervisor moves waiting ones. */
import { commandOf } from '../auth/auth-service';
import type { DayKeeper } from '../core/transport/http-auth';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { TicketService } from './ticket-service';

export function registerQueueGateway(ns: HubNamespaces, deps: { day: DayKeeper; tickets: TicketService }): void {
  const { day, tickets } = deps;
  ns.commands('kiosk', (b) => {
    b.bind('ticket:issue', (c, p) => {
      day.ensureToday();
      return tickets.issue(commandOf(p, 'ticket:issue', c.commandId), { service: c.service, priority: c.priority, source: 'kiosk', dossierId: c.registrationId ?? null });
    });
  });
  ns.commands('admin', (b) => {
    b.bind('ticket:move', (c, p) => {
      day.ensureToday();
      return tickets.move(commandOf(p, 'ticket:move', c.commandId), c.ticketIds, c.toService);
    });
  });
}
