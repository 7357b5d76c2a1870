/** Officers signing in and out of counters, and counters opening, pausing and closing. */
import { fail, luotError, ok, type CounterState, type CounterView, type Result } from '@luot/protocol';
import type { CommandContext } from '../core/command-runner';
import type { CounterContext } from './counter-context';
import { checkCounterDevice } from './counter-device-rules';
import { counterView } from './counter-repo';
import type { CounterActions } from './counter-actions';

export type CounterService = ReturnType<typeof createCounterService>;

export function createCounterService(ctx: CounterContext, actions: CounterActions) {
  const { catalog, counters, users, run } = ctx;

  /** `fromDevice`: the counter PC the officer's connection proved (none over HTTP), for halls that bind counters to their PCs. */
  function signIn(cmd: CommandContext, officerId: string, number: number, fromDevice?: string): Promise<Result<CounterView>> {
    return run(cmd, (tx) => {
      const c = counters.get(number);
      const configured = catalog.counter(number);
      if (!c || !configured) return fail(luotError('not_found', { vi: `Không có quầy số ${number}.`, en: `No counter ${number}.` }, 'counter'));
      // The config file's binding first; else the PC the admin console placed at this counter.
      const device = configured.device ?? ctx.sessions?.deviceAtCounter(number);
      const fromItsPc = checkCounterDevice(number, { bound: catalog.config.security.countersBoundToDevices, device }, fromDevice);
      if (!fromItsPc.ok) return fromItsPc;
      if (c.officerId && c.officerId !== officerId) {
        const other = users.get(c.officerId);
        return fail(luotError('counter_taken', {
          vi: `Quầy ${number} đang có cán bộ ${other?.name ?? ''} đăng nhập. Vui lòng chọn quầy khác hoặc nhờ giám sát giải phóng quầy.`,
          en: `Counter ${number} is taken by ${other?.name ?? 'another officer'}. Choose another counter or ask a supervisor to free it.`,
        }, 'counter'));
      }
      const previous = counters.ofOfficer(officerId);
      if (previous && previous.number !== number) {
        if (previous.currentTicketId) {
          return fail(luotError('invalid_state', {
            vi: `Bạn còn một lượt đang phục vụ ở quầy ${previous.number}: hãy kết thúc trước.`,
            en: `You still have a ticket at counter ${previous.number}: finish it first.`,
          }));
        }
        const left = { ...previous, officerId: null, state: 'closed' as const, pauseReason: null };
        counters.save(left);
        actions.emitCounter(tx, left);
      }
      const opened = { ...c, officerId, state: 'open' as const, pauseReason: null };
      counters.save(opened);
      actions.emitCounter(tx, opened);
      return ok(counterView(ctx, opened));
    });
  }

  function signOut(cmd: CommandContext, number: number): Promise<Result<CounterView>> {
    return run(cmd, (tx) => {
      const c = counters.get(number);
      if (!c) return fail(luotError('not_found', undefined, 'counter'));
      if (c.currentTicketId) {
        return fail(luotError('invalid_state', { vi: 'Hãy kết thúc lượt đang phục vụ trước khi đăng xuất.', en: 'Finish the current ticket before signing out.' }));
      }
      const closed = { ...c, officerId: null, state: 'closed' as const, pauseReason: null };
      counters.save(closed);
      actions.emitCounter(tx, closed);
      return ok(counterView(ctx, closed));
    });
  }

  /** Open, pause (with a reason) or close a counter; by its officer or a supervisor. */
  function setState(cmd: CommandContext, number: number, state: CounterState, reason: string | undefined): Promise<Result<CounterView>> {
    return run(cmd, (tx) => {
      const c = counters.get(number);
      if (!c || !catalog.counter(number)) return fail(luotError('not_found', { vi: `Không có quầy số ${number}.`, en: `No counter ${number}.` }, 'counter'));
      if (state === 'open' && !c.officerId) {
        return fail(luotError('invalid_state', { vi: 'Quầy chưa có cán bộ đăng nhập nên chưa thể mở.', en: 'No officer is signed in at this counter.' }));
      }
      if (state === 'closed' && c.currentTicketId) {
        return fail(luotError('invalid_state', { vi: 'Quầy còn lượt đang phục vụ: hãy kết thúc trước khi đóng.', en: 'The counter still has a ticket: finish it before closing.' }));
      }
      const updated = {
        ...c,
        state,
        pauseReason: state === 'paused' ? (reason ?? null) : null,
        officerId: state === 'closed' ? null : c.officerId,
      };
      counters.save(updated);
      actions.emitCounter(tx, updated);
      return ok(counterView(ctx, updated));
    });
  }

  return { signIn, signOut, setState };
}
