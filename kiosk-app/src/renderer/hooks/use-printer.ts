import { useCallback, useEffect, useState } from 'react';
import type { DeviceApi, PrinterStatus } from '@luot/protocol/plain';
import { printerStatusWithin } from '../devices/device-api';
import type { KioskHub } from '../kiosk-hub';

const POLL_MS = 15_000;

/**
 * The printer's last known status: from device events, a periodic poll, and
 * explicit checks before issuing. Every new state is reported to the hub so a
 * supervisor sees a kiosk out of paper (the hub client skips repeats).
 */
export function usePrinter(devices: DeviceApi, hub: KioskHub): { status: PrinterStatus | null; check: () => Promise<PrinterStatus> } {
  const [status, setStatus] = useState<PrinterStatus | null>(null);

  const accept = useCallback(
    (next: PrinterStatus) => {
      setStatus(next);
      hub.reportPrinter(next);
    },
    [hub],
  );

  const check = useCallback(async () => {
    const next = await printerStatusWithin(devices, 3000);
    accept(next);
    return next;
  }, [devices, accept]);

  useEffect(() => {
    void check();
    const timer = setInterval(() => void check(), POLL_MS);
    const unsubscribe = devices.onEvent((event) => {
      if (event.type === 'printer') accept(event.status);
    });
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [devices, check, accept]);

  return { status, check };
}
