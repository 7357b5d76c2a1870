/**
 * The live load of a service: waiting count, estimated wait, and whether a
 * ticket can be issued now (hours, cut-off, caps) with a message saying when
 * to come back when it cannot.
 */
import { fail, luotError, ok, type Result, type ServiceLoad } from '@luot/protocol';
import type { ServiceConfig } from '../core/config/hall-config-schema';
import type { QueueContext } from './queue-context';
import type { TicketReads } from './ticket-repo';
import { describeOpening, issuingWindow, nextOpening } from './hours-rules';
import { estimateWaitMinutes } from './queue-rules';
import { startOfLocalDay, addDays } from '../core/clock';

export type LoadService = ReturnType<typeof createLoadService>;

export interface IssuingAllowed {
  /** The opening of the session the ticket is issued in (session caps count from it). */
  sessionOpensAt: number;
  /** Whether one more ticket after this one may still be issued now (the load the issue broadcasts). */
  issuingAfterOne: boolean;
}

export function createLoadService(ctx: Pick<QueueContext, 'catalog' | 'counters'> & { tickets: TicketReads }) {
  const { catalog, tickets, counters } = ctx;
  // Read at each use, not here: a config change swaps the catalog's config live (issue 17).

  function openCountersServing(service: string): number {
    const open = counters.openNumbers();
    return catalog.countersServing(service).filter((c) => open.has(c.number)).length;
  }

  function averageServiceMs(day: string, service: string): number {
    return tickets.recentAverageServiceMs(day, service) ?? catalog.config.queue.defaultServiceMinutes * 60_000;
  }

  /**
   * Can a ticket of this service be issued now? Refusals say when to come back;
   * a yes carries the opening time of the session it is issued in.
   */
  function checkIssuing(service: ServiceConfig, day: string, now: number): Result<IssuingAllowed> {
    const window = issuingWindow(catalog.config.hours, now, service.sessions);
    if (!window.ok) {
      const when = describeOpening(window.next, now);
      const base = luotError(window.reason);
      return fail(luotError(window.reason, { vi: `${base.message.vi} ${when.vi}`, en: `${base.message.en} ${when.en}` }));
    }
    const lastNumber = tickets.lastNumber(day, service.code);
    const tomorrowOpening = () => describeOpening(nextOpening(catalog.config.hours, startOfLocalDay(addDays(day, 1)) - 1, service.sessions), now);
    if (lastNumber >= service.dailyCap) {
      const when = tomorrowOpening();
      return fail(
        luotError('daily_cap_reached', {
          vi: `Đã hết số thứ tự trong ngày cho dịch vụ này. ${when.vi}`,
          en: `No more tickets today for this service. ${when.en}`,
        }),
      );
    }
    let issuedInSession = 0;
    if (service.sessionCap !== undefined) {
      issuedInSession = tickets.issuedInSession(day, service.code, window.opensAt);
      if (issuedInSession >= service.sessionCap) {
        const when = describeOpening(nextOpening(catalog.config.hours, window.closesAt, service.sessions), now);
        return fail(
          luotError('daily_cap_reached', {
            vi: `Đã hết số thứ tự của buổi này cho dịch vụ này. ${when.vi}`,
            en: `No more tickets this session for this service. ${when.en}`,
          }),
        );
      }
    }
    return ok({
      sessionOpensAt: window.opensAt,
      // The same checks once this ticket is issued, at the same moment (so the same window): whether the
      // service still issues after it, without reading the number and the session's count again.
      issuingAfterOne: lastNumber + 1 < service.dailyCap && (service.sessionCap === undefined || issuedInSession + 1 < service.sessionCap),
    });
  }

  /**
   * A service's load, and the wait estimate for any place in its queue (one read of counters and service times).
   * `issuing`: already known by the caller (the command that just issued), so not checked again.
   */
  function measure(service: string, day: string, now: number, issuing?: boolean): { load: ServiceLoad; estimate: (ahead: number) => number | null } {
    const config = catalog.service(service);
    const waiting = tickets.waitingCount(day, service);
    const open = openCountersServing(service);
    const averageMs = averageServiceMs(day, service);
    const estimate = (ahead: number) => estimateWaitMinutes(ahead, open, averageMs);
    return {
      load: { service, waiting, estimatedWaitMinutes: estimate(waiting), issuing: issuing ?? (config ? checkIssuing(config, day, now).ok : false) },
      estimate,
    };
  }

  function loadOf(service: string, day: string, now: number): ServiceLoad {
    return measure(service, day, now).load;
  }

  return {
    checkIssuing,
    measure,
    loadOf,
    loadsOf: (services: Iterable<string>, day: string, now: number) => [...new Set(services)].map((s) => loadOf(s, day, now)),
    allLoads: (day: string, now: number) => catalog.config.services.map((s) => loadOf(s.code, day, now)),
    openCountersServing,
    averageServiceMs,
  };
}
