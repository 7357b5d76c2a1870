/**
 * Tells the hub when this device's printer changes state, so the
 * supervisor sees "kiosk 2: out of paper" (`POST /api/v1/devices/printer`
 * with the device token). Only the latest state matters: while the hub is
 * unreachable, newer states replace older unsent ones, and the pending
 * report is retried with the same commandId so the hub counts it once.
 */
import { randomUUID } from 'node:crypto';
import { API_BASE, type DeviceEvent, type PrinterReportCommand, type PrinterStatus } from '@luot/protocol';

export interface HubReporterOptions {
  hubUrl: string;
  deviceToken: string;
  /** Subscribes to device events (the device service's onEvent). */
  onEvent(listener: (event: DeviceEvent) => void): () => void;
  /** The state to report at start, if already known. */
  initial?: PrinterStatus;
  retryMs?: number;
  fetch?: typeof fetch;
  /** Problems worth a log line (the hub refused the token, the hub is down). */
  onProblem?: (message: string) => void;
}

export interface HubReporter {
  /** Resolves when nothing is waiting to be sent (tests). */
  idle(): Promise<void>;
  stop(): void;
}

export function startHubReporter(options: HubReporterOptions): HubReporter {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.hubUrl.replace(/\/$/, '')}${API_BASE}/devices/printer`;
  const retryMs = options.retryMs ?? 5_000;
  let pending: PrinterReportCommand | null = null;
  let lastSentState: string | null = null;
  let sending: Promise<void> | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = (): void => {
    if (pending || sending) return;
    for (const w of idleWaiters.splice(0)) w();
  };

  const queue = (status: PrinterStatus): void => {
    if (stopped || (status.state === lastSentState && !pending)) return;
    pending = { commandId: `printer-${randomUUID()}`, state: status.state };
    if (status.detail) pending.detail = status.detail.slice(0, 300);
    kick();
  };

  const kick = (): void => {
    if (sending || stopped || retryTimer || !pending) return;
    const report = pending;
    sending = (async () => {
      let retry = false;
      try {
        const res = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.deviceToken}` },
          body: JSON.stringify(report),
          signal: AbortSignal.timeout(5_000),
        });
        if (res.ok) {
          lastSentState = report.state;
        } else if (res.status >= 500 || res.status === 408 || res.status === 429) {
          retry = true;
          options.onProblem?.(`hub answered ${res.status} to a printer report; retrying`);
        } else {
          // A refused token or payload will not get better by resending it.
          options.onProblem?.(`hub refused the printer report (${res.status}): ${await res.text().catch(() => '')}`);
        }
        await res.body?.cancel().catch(() => undefined);
      } catch (err) {
        retry = true;
        options.onProblem?.(`hub unreachable for a printer report: ${err instanceof Error ? err.message : String(err)}`);
      }
      // A newer state queued meanwhile replaces this one; otherwise this one is done or retried.
      if (pending === report && !retry) pending = null;
      if (retry && pending && !stopped) {
        retryTimer = setTimeout(() => {
          retryTimer = null;
          kick();
        }, retryMs);
        retryTimer.unref?.();
      }
    })().finally(() => {
      sending = null;
      if (!retryTimer) kick();
      settleIdle();
    });
  };

  const unsubscribe = options.onEvent((event) => {
    if (event.type === 'printer') queue(event.status);
  });
  if (options.initial) queue(options.initial);

  return {
    idle: () => (pending || sending ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
    stop() {
      stopped = true;
      unsubscribe();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      pending = null;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    },
  };
}
