/** Telling citizens, put together once by createHub: the sender the config names, its health, the outbox and its dispatcher. */
import { ok, type ConfigProblem, type SenderHealth } from '@luot/protocol';
import type { Clock } from '../core/clock';
import type { CommandRunner } from '../core/command-runner';
import type { NotificationsConfig, SenderConfig } from '../core/config/notifications-schema';
import type { WritableDb } from '../core/db/handles';
import type { Logger } from '../core/logger';
import type { FieldCipher } from '../core/personal-data/field-cipher';
import { createOutboxDispatcher } from './outbox-dispatcher';
import { createOutboxRepo } from './outbox-repo';
import { createSender } from './senders/create-sender';
import { SenderConfigError, type Sender } from './senders/sender';
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
  /** The settings in force: read live, so a config change reaches the sender without a restart. */
  config: () => NotificationsConfig;
}

export function startNotifications(deps: Deps) {
  const { db, personal, clock, logger, run, config } = deps;
  const build = (settings: SenderConfig): Sender => createSender(settings, { logger, env: deps.env ?? process.env, now: () => clock.now() });
  // Throws SenderConfigError at start (a missing credential variable); later changes are checked before they are accepted.
  let inForce = { settings: JSON.stringify(config().sender), sender: build(config().sender) };
  // A change of health is a hall event: the supervisor's devices panel shows it live, and the log keeps it.
  const announce = (health: SenderHealth) => {
    if (health.status === 'down' || health.status === 'refused') logger.error({ sender: health.sender, status: health.status, error: health.lastError }, 'the citizens\' message sender fails');
    else logger.info({ sender: health.sender, status: health.status }, 'the citizens\' message sender works');
    run({ actor: 'hub', name: 'notify:sender-health' }, (tx) => {
      tx.emit({ type: 'sender', at: tx.now, sender: health });
      return ok(null);
    }).catch((err: unknown) => logger.error({ err }, 'the sender health event failed'));
  };
  const health = createSenderHealth(inForce.sender.kind, announce);

  /** The sender the config in force names, rebuilt when its settings changed (compared by content: another section's change keeps it and its health). */
  function currentSender(): Sender {
    const settings = config().sender;
    const key = JSON.stringify(settings);
    if (key === inForce.settings) return inForce.sender;
    try {
      inForce = { settings: key, sender: build(settings) };
      health.switchTo(inForce.sender.kind, clock.now());
      logger.info({ sender: inForce.sender.kind }, 'the citizens\' message sender was changed');
    } catch (err) {
      // Unreachable through the console (checkSender refuses such a change); kept safe all the same.
      logger.error({ err }, 'the new message sender cannot be made; the previous one keeps sending');
      inForce = { ...inForce, settings: key };
    }
    return inForce.sender;
  }

  /** Why these settings cannot make a sender here (a credential's variable not set on this hub), or null. */
  function checkSender(settings: NotificationsConfig): ConfigProblem | null {
    try {
      build(settings.sender);
      return null;
    } catch (err) {
      if (!(err instanceof SenderConfigError)) throw err;
      return { code: 'invalid_config', path: err.path, message: { vi: err.vi, en: err.en } };
    }
  }

  const outbox = createOutboxRepo(db);
  const dispatcher = createOutboxDispatcher({
    repo: outbox,
    personal,
    clock,
    logger,
    sender: currentSender,
    health,
    config,
    ...(deps.pollMs !== undefined ? { pollMs: deps.pollMs } : {}),
    ...(deps.random ? { random: deps.random } : {}),
  });
  return { sender: currentSender, checkSender, health, outbox, dispatcher };
}

export type Notifications = ReturnType<typeof startNotifications>;
