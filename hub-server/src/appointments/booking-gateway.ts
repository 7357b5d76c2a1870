/** The kiosk's booking command on its socket: check-in by code or QR. */
import { commandOf } from '../auth/auth-service';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { BookingService } from './booking-service';

export function registerBookingGateway(ns: HubNamespaces, deps: { bookings: BookingService }): void {
  ns.commands('kiosk', (b) => {
    b.bind('booking:check-in', (c, p, e) => deps.bookings.checkIn(commandOf(p, e, c.commandId), c.code));
  });
}
