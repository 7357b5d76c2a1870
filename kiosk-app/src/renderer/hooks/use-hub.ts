import { useSyncExternalStore } from 'react';
import type { HubState, KioskHub } from '../kiosk-hub';

/** The hub connection's live state (status, hall snapshot, procedures). */
export function useHub(client: KioskHub): HubState {
  return useSyncExternalStore(client.subscribe, client.getState);
}
