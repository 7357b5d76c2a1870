import { useSyncExternalStore } from 'react';
import type { HubClient, HubState } from '../hub-client';

/** The hub connection's live state (status, hall snapshot, procedures). */
export function useHub(client: HubClient): HubState {
  return useSyncExternalStore(client.subscribe, client.getState);
}
