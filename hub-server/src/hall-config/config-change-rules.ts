/**
 * Pure safety rules for a hall config change against the hall's state now
 * (issue 17): a change that would break work in progress is refused with a
 * problem saying why and what to do instead. No I/O: the caller reads the
 * state (waiting tickets, numbers issued today, officers at counters).
 */
import { DEFAULT_ERROR_MESSAGES, type ApplyFrom, type ConfigProblem } from '@luot/protocol';
import type { HallConfig } from '../core/config/hall-config-schema';

/** What the rules need to know about today's hall. */
export interface HallStateForChange {
  /** Waiting tickets per service code (services with none may be absent). */
  waitingByService: ReadonlyMap<string, number>;
  /** Numbers issued today per service code (services with none may be absent). */
  issuedTodayByService: ReadonlyMap<string, number>;
  /** Counters with an officer signed in: number → the officer's username. */
  officerAtCounter: ReadonlyMap<number, string>;
}

/** The rules that hold for a change applied now; `tomorrow` is checked by the schema only (the day's rollover expires tickets and closes counters). */
export function checkConfigChange(before: HallConfig, after: HallConfig, state: HallStateForChange, applyFrom: ApplyFrom): ConfigProblem[] {
  if (applyFrom === 'tomorrow') return [];
  return [...removedServices(before, after, state), ...removedCounters(before, after, state), ...numberingChanges(before, after, state)];
}

function removedServices(before: HallConfig, after: HallConfig, state: HallStateForChange): ConfigProblem[] {
  const kept = new Set(after.services.map((s) => s.code));
  return before.services.flatMap((s, i) => {
    const waiting = state.waitingByService.get(s.code) ?? 0;
    if (kept.has(s.code) || waiting === 0) return [];
    const base = DEFAULT_ERROR_MESSAGES.service_has_waiting_tickets;
    return [
      {
        code: 'service_has_waiting_tickets',
        path: `services[${i}]`,
        message: {
          vi: `Dịch vụ "${s.name.vi}" (${s.code}) còn ${waiting} người đang chờ. ${base.vi.split(': ')[1] ?? base.vi} Hoặc chọn áp dụng từ ngày mai.`,
          en: `Service "${s.name.en}" (${s.code}) has ${waiting} people waiting. ${capitalize(base.en.split(': ')[1] ?? base.en)} Or apply the change from tomorrow.`,
        },
      },
    ];
  });
}

function removedCounters(before: HallConfig, after: HallConfig, state: HallStateForChange): ConfigProblem[] {
  const kept = new Set(after.counters.map((c) => c.number));
  return before.counters.flatMap((c, i) => {
    const officer = state.officerAtCounter.get(c.number);
    if (kept.has(c.number) || officer === undefined) return [];
    return [
      {
        code: 'counter_has_officer',
        path: `counters[${i}]`,
        message: {
          vi: `Quầy số ${c.number} đang có cán bộ ${officer} làm việc: cán bộ cần rời quầy trước khi xoá quầy, hoặc chọn áp dụng từ ngày mai.`,
          en: `Officer ${officer} is signed in at counter ${c.number}: they must sign out before the counter is removed, or apply the change from tomorrow.`,
        },
      },
    ];
  });
}

/**
 * Today's numbers must stay unique and readable: a service that issued
 * tickets today keeps its prefix and number width until tomorrow, and a
 * prefix already used today is not given to another service.
 */
function numberingChanges(before: HallConfig, after: HallConfig, state: HallStateForChange): ConfigProblem[] {
  const issued = (code: string) => state.issuedTodayByService.get(code) ?? 0;
  const beforeByCode = new Map(before.services.map((s) => [s.code, s]));
  const prefixUsedToday = new Map(before.services.filter((s) => issued(s.code) > 0).map((s) => [s.prefix, s]));
  const problems: ConfigProblem[] = [];
  after.services.forEach((s, i) => {
    const old = beforeByCode.get(s.code);
    if (old && issued(s.code) > 0) {
      for (const field of ['prefix', 'numberWidth'] as const) {
        if (old[field] === s[field]) continue;
        problems.push({
          code: 'numbering_change_mid_day',
          path: `services[${i}].${field}`,
          message: {
            vi: `Hôm nay dịch vụ "${s.name.vi}" đã cấp ${issued(s.code)} số (ký hiệu ${old.prefix}, ${old.numberWidth} chữ số): chỉ đổi ${field === 'prefix' ? 'ký hiệu' : 'độ dài số'} từ ngày mai — hãy chọn "áp dụng từ ngày mai".`,
            en: `Service "${s.name.en}" issued ${issued(s.code)} tickets today (prefix ${old.prefix}, ${old.numberWidth} digits): its ${field === 'prefix' ? 'prefix' : 'number width'} can change from tomorrow only — choose "apply from tomorrow".`,
          },
        });
      }
    }
    const holder = prefixUsedToday.get(s.prefix);
    if (holder && holder.code !== s.code && old?.prefix !== s.prefix) {
      problems.push({
        code: 'numbering_change_mid_day',
        path: `services[${i}].prefix`,
        message: {
          vi: `Ký hiệu ${s.prefix} đã dùng hôm nay cho dịch vụ "${holder.name.vi}": số của hai dịch vụ sẽ trùng nhau. Hãy chọn "áp dụng từ ngày mai".`,
          en: `Prefix ${s.prefix} was used today by service "${holder.name.en}": the two services' numbers would clash. Choose "apply from tomorrow".`,
        },
      });
    }
  });
  return problems;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
