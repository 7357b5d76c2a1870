/**
 * Feeds a HallStore (the staff screens' model of the hall) from a
 * @luot/hub-client stream: snapshots as they come, events in order; when the
 * store cannot apply one (a new day), it asks the client for a snapshot.
 */
import type { HubClient } from '@luot/hub-client';
import type { HallStore } from './model/hall-store';

export function syncHall(client: HubClient<'counter' | 'admin'>, store: HallStore): () => void {
  return client.onHall({
    snapshot: (snapshot) => store.setSnapshot(snapshot),
    events: (events) => {
      for (const event of events) {
        if (store.applyEvent(event) === 'needs-snapshot') return client.requestSnapshot();
      }
    },
  });
}
