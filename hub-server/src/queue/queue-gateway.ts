/** Queue commands on the sockets: the kiosk issues tickets; a supervisor moves waiting ones. */
import { commandOf } from '../auth/auth-service';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { TicketService } from './ticket-service';

export function registerQueueGateway(ns: HubNamespaces, deps: { tickets: TicketService }): void {
  const { tickets } = deps;
  ns.commands('kiosk', (b) => {
    b.bind('ticket:issue', (c, p, e) =>
      tickets.issue(commandOf(p, e, c.commandId), {
        service: c.service,
        priority: c.priority,
        source: 'kiosk',
        dossierId: c.registrationId ?? null,
        phone: c.phone ?? null,
      }),
    );
  });
  ns.commands('admin', (b) => {
    b.bind('ticket:move', (c, p, e) => tickets.move(commandOf(p, e, c.commandId), c.ticketIds, c.toService));
  });
}
