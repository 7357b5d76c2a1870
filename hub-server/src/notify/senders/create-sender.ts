/** The sender the hall config names. Throws SenderConfigError at start when a credential's variable is missing. */
import type { SenderConfig } from '../../core/config/notifications-schema';
import type { Logger } from '../../core/logger';
import { createHttpSmsSender } from './http-sms-sender';
import { createLogSender } from './log-sender';
import type { Sender } from './sender';
import { createZaloOaSender } from './zalo-oa-sender';

export function createSender(config: SenderConfig, deps: { logger: Logger; env: NodeJS.ProcessEnv; now: () => number }): Sender {
  switch (config.kind) {
    case 'log':
      return createLogSender(deps.logger);
    case 'http_sms':
      return createHttpSmsSender(config, deps.env, deps.now);
    case 'zalo_oa':
      return createZaloOaSender(config, deps.env, deps.now);
  }
}
