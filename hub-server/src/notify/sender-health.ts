/**
 * The sender's health as the supervisor sees it: kept in memory (a restart
 * starts `idle`), and each change goes out as a `sender` hall event so the
 * devices panel shows a gateway that is down or refuses at once.
 */
import type { SenderHealth, SenderKind } from '@luot/protocol';

export type HealthStatus = SenderHealth['status'];

export function createSenderHealth(first: SenderKind, announce: (health: SenderHealth) => void) {
  let sender = first;
  let health: SenderHealth = { sender, status: 'idle', since: null, lastError: null };
  return {
    current: (): SenderHealth => health,
    /** Another sender was put in force (a live config change): it starts `idle`, and the panel is told. */
    switchTo(kind: SenderKind, at: number): void {
      sender = kind;
      health = { sender, status: 'idle', since: at, lastError: null };
      announce(health);
    },
    /** Records an attempt's outcome; announces only a change of status (not every failure of a bad hour). */
    note(status: Exclude<HealthStatus, 'idle'>, at: number, error: string | null): void {
      const changed = status !== health.status;
      health = { sender, status, since: changed ? at : health.since, lastError: error ?? (status === 'ok' ? null : health.lastError) };
      if (changed) announce(health);
    },
  };
}
export type SenderHealthTracker = ReturnType<typeof createSenderHealth>;
