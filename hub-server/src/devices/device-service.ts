/** Device health: the printer state kiosks and counters report, which supervisors see live. */
import { fail, luotError, ok, type DeviceHealthView, type PrinterState, type Result } from '@luot/protocol';
import type { SessionRepo, DeviceRecord } from '../auth/session-repo';
import type { CommandContext, CommandRunner } from '../core/command-runner';

export const deviceHealthView = (d: DeviceRecord): DeviceHealthView => ({
  id: d.id,
  name: d.name,
  role: d.role,
  printer: d.printerState,
  lastSeenAt: d.lastSeenAt,
});

export type DeviceService = ReturnType<typeof createDeviceService>;

export function createDeviceService(ctx: { sessions: SessionRepo; run: CommandRunner }) {
  const { sessions, run } = ctx;

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

  return { reportPrinter };
}
