import { useEffect, useRef } from 'react';
import type { DeviceApi, DeviceEvent } from '@luot/protocol';

/** Subscribes to the counter's device events (keypad, rating pad) for the component's life. */
export function useDeviceEvents(devices: DeviceApi | null, listener: (event: DeviceEvent) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  }, [listener]);
  useEffect(() => {
    if (devices === null) return;
    return devices.onEvent((event) => latest.current(event));
  }, [devices]);
}
