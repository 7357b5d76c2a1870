/**
 * Cuts the open sockets of principals whose right to be connected just ended
 * (a revoked device, an account whose sessions were ended). Clients reconnect
 * once on a server disconnect, so their `connect_error` says why.
 */
import { NAMESPACES, type Principal } from '@luot/protocol';
import type { Server } from 'socket.io';

export interface SocketControl {
  /** Disconnects every socket whose principal matches; returns how many. */
  disconnect(match: (principal: Principal) => boolean): number;
  /** The principals of every open socket (the admin console's "connected now"). */
  connected(): Principal[];
}

export function socketControl(io: Server): SocketControl {
  return {
    disconnect(match) {
      let count = 0;
      for (const name of Object.values(NAMESPACES)) {
        for (const socket of io.of(name).sockets.values()) {
          const principal = socket.data.principal as Principal | undefined;
          if (principal && match(principal)) {
            socket.disconnect(true);
            count += 1;
          }
        }
      }
      return count;
    },
    connected() {
      const found: Principal[] = [];
      for (const name of Object.values(NAMESPACES)) {
        for (const socket of io.of(name).sockets.values()) {
          const principal = socket.data.principal as Principal | undefined;
          if (principal) found.push(principal);
        }
      }
      return found;
    },
  };
}
