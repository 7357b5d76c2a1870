/**
 * Hall-wide state outside the queue: the display boards' message line. When
 * the supervisor has set none, the boards show the hall's default strip
 * (config `hall.boardMessage`), read at each use so a config change shows at once.
 */
import { ok, type Result } from '@luot/protocol';
import type { CommandContext } from '../core/command-runner';
import { readOnly } from '../core/db/handles';
import type { HallStateContext } from './hall-state-context';

export type HallService = ReturnType<typeof createHallService>;

export function createHallService(ctx: Pick<HallStateContext, 'db' | 'run' | 'catalog'>) {
  const { db, run } = ctx;
  const fallback = () => ctx.catalog.config.hall.boardMessage ?? null;
  const getMessage = readOnly(db).prepare<[], { value: string }>("SELECT value FROM hall_state WHERE key = 'message'");
  const setMessage = db.prepare<[string]>(
    "INSERT INTO hall_state (key, value) VALUES ('message', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  function message(): string | null {
    const raw = getMessage.get()?.value;
    return (raw ? (JSON.parse(raw) as string | null) : null) ?? fallback();
  }

  function setHallMessage(cmd: CommandContext, text: string | null): Promise<Result<null>> {
    return run(cmd, (tx) => {
      const value = text && text.length > 0 ? text : null;
      setMessage.run(JSON.stringify(value));
      tx.emit({ type: 'message', at: tx.now, message: value ?? fallback() });
      return ok(null);
    });
  }

  return { message, setHallMessage };
}
