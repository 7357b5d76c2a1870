/** Telling citizens, put together once by createHub: the sender the config names, its health, the outbox and its dispatcher. */
import { ok, type SenderHealth } from '@luot/protocol';
import type { Clock } from '../core/clock';
import type { CommandRunner } from '../core/command-runner';
import type { NotificationsConfig } from '../core/config/notifications-schema';
import type { WritableDb } from '../core/db/handles';
import type { Logger } from '../core/logger';
import type { FieldCipher } from '../core/personal-data/field-cipher';
import { createOutboxDispatcher } from './outbox-dispatcher';
import { createOutboxRepo } from './outbox-repo';
import { createSender } from './senders/create-sender';
import { createSenderHealth } from './sender-health';

export interface NotificationsOptions {
  /** Where `${env:NAME}` credentials are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  pollMs?: number;
  random?: () => number;
}

interface Deps extends NotificationsOptions {
  db: WritableDb;
  personal: FieldCipher;
  clock: Clock;
  logger: Logger;
  run: CommandRunner;
  config: NotificationsConfig;
}

export function startNotifications(deps: Deps) {
  const { db, personal, clock, logger, run, config } = deps;
  const sender = createSender(config.sender, { logger, env: deps.env ?? process.env, now: () => clock.now() });
  // A change of health is a hall event: the supervisor's devices panel shows it live, and the log keeps it.
  const announce = (health: SenderHealth) => {
    if (health.status === 'down' || health.status === 'refused') logger.error({ sender: health.sender, status: health.status, error: health.lastError }, 'the citizens\' message sender fails');
    else logger.info({ sender: health.sender, status: health.status }, 'the citizens\' message sender works');
    run({ actor: 'hub', name: 'notify:sender-health' }, (tx) => {
      tx.emit({ type: 'sender', at: tx.now, sender: health });
      return ok(null);
    }).catch((err: unknown) => logger.error({ err }, 'the sender health event failed'));
  };
  const health = createSenderHealth(sender.kind, announce);
  const outbox = createOutboxRepo(db);
  const dispatcher = createOutboxDispatcher({
    repo: outbox,
    personal,
    clock,
    logger,
    sender,
    health,
    config,
    ...(deps.pollMs !== undefined ? { pollMs: deps.pollMs } : {}),
    ...(deps.random ? { random: deps.random } : {}),
  });
  return { sender, health, outbox, dispatcher };
}

export type Notifications = ReturnType<typeof startNotifications>;
