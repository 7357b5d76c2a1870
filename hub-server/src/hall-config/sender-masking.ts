/**
 * Supervisors read the hall config but never the citizens' message sender's
 * settings (issue 19's `notifications.sender`: gateway URLs with keys, bodies,
 * headers, passwords, tokens): they see which kind of sender it is. Admins,
 * who may change it, read it whole, as they could read the config file.
 */
import type { ConfigDiffEntry } from '@luot/protocol';

export const MASKED = '•••';

const SENDER_PATH = /^notifications\.sender(\.|\[|$)/;

/** The config with `notifications.sender` reduced to its kind. */
export function maskSender<T>(config: T): T {
  if (typeof config !== 'object' || config === null) return config;
  const notifications = (config as { notifications?: { sender?: { kind?: unknown } } }).notifications;
  if (notifications?.sender === undefined) return config;
  return { ...config, notifications: { ...notifications, sender: { kind: notifications.sender.kind } } };
}

/** A value at `path` with any sender inside it reduced to its kind (a first revision's diff adds whole sections). */
function maskValue(path: string, value: unknown): unknown {
  if (SENDER_PATH.test(path)) return MASKED;
  if (path === '') return maskSender(value);
  if (path === 'notifications' && typeof value === 'object' && value !== null && 'sender' in value) {
    return { ...value, sender: { kind: (value as { sender: { kind?: unknown } }).sender.kind } };
  }
  return value;
}

/** A diff whose sender entries keep their path and kind of change but not their values. */
export function maskSenderDiff(diff: readonly ConfigDiffEntry[]): ConfigDiffEntry[] {
  return diff.map((d) => ({
    ...d,
    ...('before' in d ? { before: maskValue(d.path, d.before) } : {}),
    ...('after' in d ? { after: maskValue(d.path, d.after) } : {}),
  }));
}

/** An answer holding a `config` and maybe a `diff` (the config in force, one revision), as a supervisor may read it. */
export function maskAnswer<T extends { config?: unknown; diff?: readonly ConfigDiffEntry[] }>(answer: T): T {
  return {
    ...answer,
    ...('config' in answer ? { config: maskSender(answer.config) } : {}),
    ...(answer.diff ? { diff: maskSenderDiff(answer.diff) } : {}),
  };
}
