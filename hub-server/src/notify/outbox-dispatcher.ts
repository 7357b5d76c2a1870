/**
 * Sends the outbox's messages, one at a time, after their events committed.
 *
 * Exactly once, as far as the hub can: a message is claimed (`sending`)
 * before the gateway is called and marked `sent` only after the gateway's
 * acknowledgement; a failure puts it back with a later `next_at` (back-off
 * with jitter, never before a 429's Retry-After). A message `sending` when the
 * hub stopped — killed, or closed mid-send — is sent again at the next start.
 * The one window for a double: the gateway accepted the message but its
 * answer never arrived (or the hub died before writing `sent`). The outbox id
 * goes with every attempt (HTTP `{{id}}` / the idempotency header, Zalo's
 * `tracking_id`), so a gateway that dedupes on it closes that window too.
 */
import { MESSAGE_KINDS, type MessageKind } from '@luot/protocol';
import type { Clock } from '../core/clock';
import type { NotificationsConfig } from '../core/config/notifications-schema';
import type { Logger } from '../core/logger';
import { phonePlace } from '../core/outbox/queue-message';
import type { FieldCipher } from '../core/personal-data/field-cipher';
import { renderMessage } from './message-templates';
import type { DueMessage, OutboxRepo } from './outbox-repo';
import { givesUp, retryDelayMs, STALE_AFTER_MS, type RetryPolicy } from './retry-rules';
import type { Sender, SendOutcome } from './senders/sender';
import type { SenderHealthTracker } from './sender-health';

export interface DispatcherOptions {
  repo: OutboxRepo;
  personal: FieldCipher;
  clock: Clock;
  logger: Logger;
  /** The sender and the settings in force, read at each message: a live config change (issue 17) takes effect without a restart. */
  sender: () => Sender;
  health: SenderHealthTracker;
  config: () => NotificationsConfig;
  /** How often the outbox is looked at (default 1 s; tests go faster). */
  pollMs?: number;
  /** Messages taken per look (default 20). */
  batch?: number;
  random?: () => number;
}

export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;

export function createOutboxDispatcher(options: DispatcherOptions) {
  const { repo, personal, clock, logger, health, config } = options;
  const pollMs = options.pollMs ?? 1000;
  const random = options.random ?? Math.random;
  const policy = (): RetryPolicy => {
    const { retry } = config();
    return { firstMs: retry.firstSeconds * 1000, maxMs: retry.maxSeconds * 1000, maxAttempts: retry.maxAttempts };
  };
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let running: Promise<void> = Promise.resolve();
  /** A 429 pauses every message, not only the one refused. */
  let pausedUntil = 0;
  const abort = new AbortController();

  function giveUp(m: DueMessage, why: string): void {
    repo.giveUp(m.id, clock.now(), why);
    logger.warn({ outbox: m.id, kind: m.kind, attempts: m.attempts, why }, 'message to a citizen given up');
  }

  /** Sends one message; returns false when the batch should stop (gateway down or rate limiting). */
  async function sendOne(m: DueMessage): Promise<boolean> {
    const stale = STALE_AFTER_MS[m.kind];
    if (!(MESSAGE_KINDS as readonly string[]).includes(m.kind)) return (giveUp(m, `unknown kind ${m.kind}`), true);
    if (stale !== undefined && clock.now() - m.queuedAt > stale) return (giveUp(m, 'too late to be of use'), true);
    if (m.phone === null) return (giveUp(m, 'the phone number was erased'), true);
    let to: string;
    try {
      to = personal.open(m.phone, phonePlace(m.id));
    } catch (err) {
      return (giveUp(m, err instanceof Error ? err.message : 'the phone number does not open'), true);
    }
    const sender = options.sender();
    if (!repo.claim(m.id, sender.kind)) return true;
    // The values were typed for their kind by queueMessage; the row gives them back untyped.
    const text = renderMessage(m.kind as MessageKind, m.values as never, { withoutDiacritics: config().withoutDiacritics });
    const outcome = await sender.send({ id: m.id, kind: m.kind, to, text, values: m.values }, abort.signal);
    // Stopped mid-send: the row stays `sending`, and the next start sends it again.
    if (stopped) return false;
    return settle(m, outcome, sender);
  }

  function settle(m: DueMessage, outcome: SendOutcome, sender: Sender): boolean {
    const now = clock.now();
    if (outcome.ok) {
      repo.markSent(m.id, now);
      health.note('ok', now, null);
      logger.info({ outbox: m.id, kind: m.kind, attempts: m.attempts + 1, sender: sender.kind }, 'message to a citizen sent');
      return true;
    }
    const attempts = m.attempts + 1;
    const retry = policy();
    health.note(outcome.problem, now, outcome.detail);
    if (givesUp(attempts, retry)) giveUp({ ...m, attempts }, `${outcome.problem}: ${outcome.detail}`);
    else {
      const delay = retryDelayMs(attempts, retry, random(), outcome.retryAfterMs);
      repo.retryAt(m.id, now + delay, `${outcome.problem}: ${outcome.detail}`);
      logger.warn({ outbox: m.id, kind: m.kind, attempts, problem: outcome.problem, detail: outcome.detail, retryInMs: delay }, 'message to a citizen not sent yet');
    }
    if (outcome.problem === 'rate_limited') pausedUntil = now + (outcome.retryAfterMs ?? retry.firstMs);
    // A refusal is this message's (a number the gateway rejects); down or rate limited is everyone's.
    return outcome.problem === 'refused';
  }

  async function pass(): Promise<void> {
    if (clock.now() < pausedUntil) return;
    for (const m of repo.due(clock.now(), options.batch ?? 20)) {
      if (stopped || !(await sendOne(m))) return;
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = pass()
        .catch((err: unknown) => logger.error({ err }, 'the outbox pass failed'))
        .finally(schedule);
    }, pollMs);
  }

  return {
    start(): void {
      if (!stopped) return;
      stopped = false;
      const requeued = repo.requeueInFlight(clock.now());
      if (requeued > 0) logger.warn({ messages: requeued }, 'messages in flight when the hub stopped are sent again');
      schedule();
    },
    /** Stops at once: a send in flight is abandoned (and retried at the next start). */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      abort.abort(new Error('the hub is stopping'));
      await running;
    },
  };
}
