/**
 * The board's model kept current from the hub. `connectToHub` is the board's
 * side of @luot/hub-client: the `/display` namespace's status and hall stream
 * turned into BoardInputs, and the hub's refusal (bad or unenrolled token)
 * passed to the screen; reconnecting, resyncing and the slow retry of a
 * refused token are the client's. `BoardStore` holds the model outside React
 * and runs the side effects of each step: new calls that belong on this board
 * go to the announcer, and a needed snapshot is asked for. React reads it with
 * useSyncExternalStore.
 */
import { createHubClient } from '@luot/hub-client';
import type { LuotError } from '@luot/protocol/plain';
import { callVisible, initialBoardModel, stepBoard, type BoardInput, type BoardModel } from '../board/board-model';
import type { BoardFilter } from '../board/board-settings';
import type { Announcer } from '../voice/announcer';

export class BoardStore {
  private model: BoardModel = initialBoardModel;
  private refusal: LuotError | null = null;
  private readonly listeners = new Set<() => void>();
  /** Set once the hub connection exists (it needs the store's dispatch first). */
  requestSnapshot: () => void = () => undefined;

  constructor(
    private readonly filter: BoardFilter,
    private readonly announcer: Announcer,
  ) {}

  getModel = (): BoardModel => this.model;
  getRefusal = (): LuotError | null => this.refusal;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (input: BoardInput): void => {
    const step = stepBoard(this.model, input);
    this.model = step.model;
    for (const call of step.newCalls) {
      if (!callVisible(this.filter, this.model.snapshot, call)) continue;
      // The call carries its prefix and number: "A1" + "015", not "A" + "1015".
      this.announcer.announce(call);
    }
    if (step.requestSnapshot) this.requestSnapshot();
    this.listeners.forEach((l) => l());
  };

  setRefusal = (error: LuotError | null): void => {
    this.refusal = error;
    this.listeners.forEach((l) => l());
  };
}

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
