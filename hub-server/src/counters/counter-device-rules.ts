/**
 * Counters bound to their PCs (issue 15, the hall's
 * `security.countersBoundToDevices`, off by default): where set, a counter
 * opens only from the counter PC enrolled for it — the connection shows that
 * device's token besides the officer's sign-in. Pure.
 */
import { fail, luotError, ok, type Result } from '@luot/protocol';

export interface CounterBinding {
  bound: boolean;
  /** The counter's enrolled PC (config `counters[].device`), if any. */
  device: string | undefined;
}

/** Whether an officer may open counter `number` from `fromDevice` (the counter PC the connection proved, if any). */
export function checkCounterDevice(number: number, binding: CounterBinding, fromDevice: string | undefined): Result<null> {
  if (!binding.bound) return ok(null);
  if (binding.device === undefined) {
    return fail(
      luotError(
        'forbidden',
        {
          vi: `Quầy ${number} chưa được gắn với máy tính quầy nào: quản trị viên cần khai báo máy cho quầy này.`,
          en: `Counter ${number} has no counter PC assigned: an admin must assign one.`,
        },
        'device',
      ),
    );
  }
  if (fromDevice !== binding.device) {
    return fail(
      luotError(
        'forbidden',
        {
          vi: `Quầy ${number} chỉ mở được từ máy tính của quầy này.`,
          en: `Counter ${number} opens only from its own counter PC.`,
        },
        'device',
      ),
    );
  }
  return ok(null);
}
