/**
 * The board's side of @luot/hub-client: the `/display` namespace's status and
 * hall stream turned into BoardInputs, and the hub's refusal (bad or
 * unenrolled token) passed to the screen. Reconnecting, resyncing and the
 * slow retry of a refused token are the client's.
 */
import { createHubClient } from '@luot/hub-client';
import type { LuotError } from '@luot/protocol';
import type { BoardInput } from '../board/board-model';

export interface HubConnectionOptions {
  /** Hub origin, '' for the page's own origin. */
  hubUrl: string;
  token: string | null;
  onInput(input: BoardInput): void;
  /** The hub refused the board (no or bad token); null once it is accepted. */
  onRefused(error: LuotError | null): void;
  now?: () => number;
}

export interface HubConnection {
  requestSnapshot(): void;
  close(): void;
}

export function connectToHub(opts: HubConnectionOptions): HubConnection {
  const now = opts.now ?? (() => Date.now());
  const client = createHubClient({ hubUrl: opts.hubUrl, namespace: 'display', token: opts.token, commandPrefix: 'board' });
  let online = false;
  client.onStatus((status) => {
    if (status.state === 'online' && !online) {
      online = true;
      opts.onRefused(null);
      opts.onInput({ type: 'connected' });
    } else if (status.state !== 'online' && online) {
      online = false;
      opts.onInput({ type: 'disconnected' });
    }
    if (status.state === 'refused' && status.refusal) opts.onRefused(status.refusal);
  });
  client.onHall({
    snapshot: (snapshot) => opts.onInput({ type: 'snapshot', snapshot, receivedAt: now() }),
    events: (events) => {
      const receivedAt = now();
      for (const event of events) opts.onInput({ type: 'event', event, receivedAt });
    },
  });
  return { requestSnapshot: () => client.requestSnapshot(), close: () => client.close() };
}
