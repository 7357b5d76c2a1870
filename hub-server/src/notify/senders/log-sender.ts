/** The demo hall's sender: each message goes to the hub's log (without the phone), nothing leaves the machine. */
import type { Logger } from '../../core/logger';
import type { Sender } from './sender';

export function createLogSender(logger: Logger): Sender {
  return {
    kind: 'log',
    send(m) {
      // No phone, not even masked: the log keeps no personal data (core/logger.ts).
      logger.info({ outbox: m.id, kind: m.kind, text: m.text }, 'message to a citizen (log only)');
      return Promise.resolve({ ok: true });
    },
  };
}
