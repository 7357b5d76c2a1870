import { useSyncExternalStore } from 'react';
import type { HallSnapshot } from '@luot/protocol';
import type { HallStore } from '../model/hall-store';

/** The hall as the hub last described it; null before the first snapshot. */
export function useHall(store: HallStore): HallSnapshot | null {
  return useSyncExternalStore(store.subscribe, store.getState);
}
