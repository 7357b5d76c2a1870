import { useEffect, useLayoutEffect, useRef } from 'react';
import type { DeviceApi, DeviceEvent } from '@luot/protocol';

/** Subscribes to the counter's device events (keypad, rating pad) for the component's life. */
export function useDeviceEvents(devices: DeviceApi | null, listener: (event: DeviceEvent) => void): void {
  const latest = useRef(listener);
  // In the commit itself, not after paint: once the screen shows the new state
  // (a command acknowledged, the buttons enabled again), the next press must
  // already reach the handler that sees that state, not the one before it.
  useLayoutEffect(() => {
    latest.current = listener;
  }, [listener]);
  useEffect(() => {
    if (devices === null) return;
    return devices.onEvent((event) => latest.current(event));
  }, [devices]);
}
