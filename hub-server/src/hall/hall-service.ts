/** Hall-wide state outside the queue: the display boards' message line and device health. */
import { fail, luotError, ok, type DeviceHealthView, type PrinterState, type Result } from '@luot/protocol';
import type { CommandContext } from '../core/command-runner';
import type { HallContext } from '../core/hall-context';
import type { DeviceRecord } from '../auth/session-repo';

export const deviceHealthView = (d: DeviceRecord): DeviceHealthView => ({
  id: d.id,
  name: d.name,
  role: d.role,
  printer: d.printerState,
  lastSeenAt: d.lastSeenAt,
});

export type HallService = ReturnType<typeof createHallService>;

export function createHallService(ctx: HallContext) {
  const { db, sessions, run } = ctx;
  const getMessage = db.prepare<[], { value: string }>("SELECT value FROM hall_state WHERE key = 'message'");
  const setMessage = db.prepare<[string]>(
    "INSERT INTO hall_state (key, value) VALUES ('message', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  function message(): string | null {
    const raw = getMessage.get()?.value;
    return raw ? (JSON.parse(raw) as string | null) : null;
  }

  function setHallMessage(cmd: CommandContext, text: string | null): Promise<Result<null>> {
    return run(cmd, (tx) => {
      const value = text && text.length > 0 ? text : null;
      setMessage.run(JSON.stringify(value));
      tx.emit({ type: 'message', at: tx.now, message: value });
      return ok(null);
    });
  }

  /** A kiosk or counter reports its printer's state; supervisors see it live. */
  function reportPrinter(cmd: CommandContext, deviceId: string, state: PrinterState, detail: string | undefined): Promise<Result<null>> {
    return run(cmd, (tx) => {
      const before = sessions.device(deviceId);
      if (!before) return fail(luotError('not_found', undefined, 'device'));
      sessions.setPrinter(deviceId, state, detail ?? null, tx.now);
      if (before.printerState !== state) tx.emit({ type: 'device', at: tx.now, device: deviceHealthView(sessions.device(deviceId)!) });
      return ok(null);
    });
  }

  return { message, setHallMessage, reportPrinter };
}
