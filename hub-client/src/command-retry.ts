/**
 * Commands, idempotent by their commandId: the id is made here, and one
 * command is sent until the hub answers or a deadline passes. The payload
 * (and so its commandId) is the same on every attempt, and the hub answers a
 * commandId it has seen with the first result, so a retry after a lost ack
 * changes nothing. Never throws: a deadline with no answer resolves with
 * `hub_unreachable`, which the apps already show as "the hub cannot be reached".
 */
import { fail, luotError, type Result } from '@luot/protocol/plain';

/**
 * Client-made command ids, one format for every app: `prefix-time-random`
 * (protocol `commandIdSchema`: 8–64 of [A-Za-z0-9_-]). The time part keeps ids
 * of one device sortable in logs; the random part keeps two devices apart.
 * `crypto.randomUUID` exists only in secure contexts and a hall's hub is plain
 * http on the LAN, so the random part comes from `getRandomValues`, which
 * browsers and Node both have.
 */
const PREFIX = /^[A-Za-z0-9_]{1,16}$/;

export function newCommandId(prefix = 'c', now: number = Date.now()): string {
  if (!PREFIX.test(prefix)) throw new Error(`command id prefix must be 1–16 of [A-Za-z0-9_]: ${prefix}`);
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${now.toString(36)}-${random}`;
}

/** The slice of a connection the retry loop needs (a fake in unit tests, a socket in the client). */
export interface CommandLink {
  isConnected(): boolean;
  /** Resolves true once connected, false when `ms` passed first. */
  waitForConnect(ms: number): Promise<boolean>;
  /** One attempt: resolves with the ack, rejects on timeout or a dropped link. */
  emit(event: string, payload: unknown, timeoutMs: number): Promise<unknown>;
}

export interface CommandOptions {
  /** Give up (with `hub_unreachable`) after this long. */
  deadlineMs?: number;
  /** Wait this long for one ack before sending again. */
  attemptTimeoutMs?: number;
  /** Told true while the command waits for the link to come back, false when it is sent. */
  onWaiting?: (waiting: boolean) => void;
  /** Told before each attempt (1 for the first), e.g. to count retries. */
  onAttempt?: (attempt: number) => void;
}

export const DEFAULT_COMMAND_OPTIONS = { deadlineMs: 10_000, attemptTimeoutMs: 5_000 } as const;

/** A failed attempt that came back faster than this (a link dying as we sent) waits a little before the next. */
const FAST_FAILURE_MS = 50;
const FAST_FAILURE_PAUSE_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function asResult<T>(ack: unknown): Result<T> {
  if (typeof ack === 'object' && ack !== null && 'ok' in ack) return ack as Result<T>;
  return fail(luotError('internal'));
}

export async function sendUntilAnswered<T>(
  link: CommandLink,
  event: string,
  payload: unknown,
  options: CommandOptions = {},
  now: () => number = Date.now,
): Promise<Result<T>> {
  const deadline = now() + (options.deadlineMs ?? DEFAULT_COMMAND_OPTIONS.deadlineMs);
  const attemptTimeout = options.attemptTimeoutMs ?? DEFAULT_COMMAND_OPTIONS.attemptTimeoutMs;
  let attempt = 0;
  while (now() < deadline) {
    if (!link.isConnected()) {
      options.onWaiting?.(true);
      if (!(await link.waitForConnect(Math.max(0, deadline - now())))) break;
      continue;
    }
    options.onWaiting?.(false);
    options.onAttempt?.(++attempt);
    const started = now();
    try {
      return asResult<T>(await link.emit(event, payload, Math.max(1, Math.min(attemptTimeout, deadline - now()))));
    } catch {
      // The ack was lost (timeout or dropped link): send the same payload again.
      options.onWaiting?.(true);
      if (now() - started < FAST_FAILURE_MS) await sleep(Math.min(FAST_FAILURE_PAUSE_MS, Math.max(0, deadline - now())));
    }
  }
  return fail(luotError('hub_unreachable'));
}
