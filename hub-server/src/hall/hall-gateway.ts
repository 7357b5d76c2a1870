/** Hall-wide commands: every namespace may ask for the snapshot; a supervisor sets the boards' message. */
import { NAMESPACES, type HallSnapshot, type NamespaceName } from '@luot/protocol';
import { commandOf } from '../auth/auth-service';
import { snapshotFor } from '../core/transport/device-views';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { HallService } from './hall-service';

export function registerHallGateway(ns: HubNamespaces, deps: { snapshot: { build(): HallSnapshot }; hall: HallService }): void {
  const { snapshot, hall } = deps;
  for (const name of Object.keys(NAMESPACES) as NamespaceName[]) {
    ns.commands(name, (b) => {
      // Every table has the snapshot request; a binder of any of them binds it.
      // Kiosks and boards get it without staff usernames (kiosks without tickets either).
      b.bind('hall:snapshot', () => ({ ok: true, value: snapshotFor(name, snapshot.build()) }));
    });
  }
  ns.commands('admin', (b) => {
    b.bind('hall:message', (c, p, e) => hall.setHallMessage(commandOf(p, e, c.commandId), c.message));
  });
}
