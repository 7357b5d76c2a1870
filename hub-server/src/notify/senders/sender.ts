/** What every sender (HTTP SMS gateway, Zalo OA, the log) does: try to hand one message over. */
import type { MessageKind, SenderKind } from '@luot/protocol';

export interface OutgoingMessage {
  /** The outbox id: sent as the gateway's request id / idempotency key where it takes one. */
  id: string;
  kind: MessageKind;
  /** 10-digit Vietnamese mobile number. */
  to: string;
  text: string;
  values: Readonly<Record<string, string>>;
}

/**
 * `down`: no answer, a timeout or a 5xx — try again later. `refused`: the
 * gateway answered no (4xx, bad credentials, its success check failed).
 * `rate_limited`: 429; `retryAfterMs` from its Retry-After.
 */
export type SendOutcome =
  | { ok: true }
  | { ok: false; problem: 'down' | 'refused' | 'rate_limited'; detail: string; retryAfterMs?: number };

export interface Sender {
  readonly kind: SenderKind;
  /** Never throws: every failure is an outcome. `signal` aborts it when the hub stops. */
  send(message: OutgoingMessage, signal: AbortSignal): Promise<SendOutcome>;
}

/** A sender that cannot be made on this hub; `path` names the config field, `vi`/`en` say why. */
export class SenderConfigError extends Error {
  constructor(
    readonly path: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${path}: ${vi} / ${en}`);
  }
}

/** `0912345678` → `84912345678`, the form gateways and Zalo want. */
export const internationalPhone = (to: string): string => `84${to.slice(1)}`;

/** Substitutes `${env:NAME}` references from the environment; a missing variable stops the hub at start, not at the first message. */
export function fromEnv(text: string, env: NodeJS.ProcessEnv, where: string): string {
  return text.replace(/\$\{env:([A-Z_][A-Z0-9_]*)\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined || value === '')
      throw new SenderConfigError(
        `notifications.sender.${where}`,
        `chưa đặt biến môi trường ${name} trên máy chủ (thông tin đăng nhập của dịch vụ gửi tin nhắn)`,
        `the environment variable ${name} is not set on the hub`,
      );
    return value;
  });
}
