/**
 * `simulateDay`: plays one working day of a hall against a running hub through
 * the real protocol — kiosks on `/kiosk` with device tokens, officers signed
 * in over HTTP acting on `/counter` — and reports what happened.
 *
 * @example
 *   const report = await simulateDay({ hubUrl: 'http://localhost:8080', speed: 480, seed: 1 });
 *   console.log(report.tickets.served, report.errors.unexpected);
 */
import { setMaxListeners } from 'node:events';
import type { HallSnapshot } from '@luot/protocol';
import type { HubClient } from '@luot/hub-client';
import { formatMinute, localMinuteOfDay, localTime } from '../core/clock';
import { buildDayPlan, type CitizenPlan } from './day-plan';
import {
  DEFAULT_ISSUING_CUT_OFF_MINUTES,
  DEFAULT_SERVICE_TUNING,
  DEFAULT_SESSIONS,
  FALLBACK_TUNING,
  type ArrivalRate,
  type BehaviourRates,
  type ServiceProfile,
  type ServiceTuning,
  type SessionWindow,
} from './hall-profile';
import { HallObserver } from './hall-observer';
import { HubLink, HubLinkError, type SettableClock } from './hub-link';
import { runKiosk, type ActorContext } from './kiosk-actor';
import { Ledger, meanMinutes } from './ledger';
import { OfficerActor } from './officer-actor';
import type { SimulationReport } from './report';
import { ScaledClock } from './scaled-clock';

export interface OfficerCredentials {
  username: string;
  password: string;
}

export interface SimulationProgress {
  /** Simulated hall-local time, `HH:mm`. */
  clock: string;
  issued: number;
  served: number;
  noShows: number;
  /** Waiting, called or being served. */
  inQueue: number;
  commands: number;
  errors: number;
}

export interface SimulateDayOptions {
  /** e.g. `http://localhost:8080`. */
  hubUrl: string;
  /** Kiosk device tokens; one simulated kiosk each. Default: the demo hall's two kiosks. */
  tokens?: string[];
  /** Officers, matched in order with `counters`. Default: the demo hall's canbo01…canbo10. */
  officers?: OfficerCredentials[];
  /** Counter numbers to staff. Default: every counter in the hub's snapshot, in order. */
  counters?: number[];
  /** Simulated time runs this many times faster than real time. Default 480 (a day in about a minute). */
  speed?: number;
  /** Seed of the day plan. Default 1. */
  seed?: number;
  /** Citizens in the day. Default 400. */
  tickets?: number;
  /** Hall-local day the simulated clock runs on. Default: the day in the hub's snapshot. */
  day?: string;
  /** Opening hours the arrivals follow. Default 07:30–11:30 and 13:30–17:00. */
  sessions?: SessionWindow[];
  /** Minutes before a session's end when arrivals stop. Default 30. */
  issuingCutOffMinutes?: number;
  /** Per-service weight and mean service time by service code; unknown services get weight 1, 8 minutes. */
  services?: Record<string, ServiceTuning>;
  arrivalRates?: ArrivalRate[];
  behaviour?: Partial<BehaviourRates>;
  /**
   * An in-process hub's settable clock (e.g. the test hub's ManualClock). When
   * given, the simulator sets it to the simulated time before every command,
   * so the hub stamps simulated times and applies its opening hours to them.
   */
  hubClock?: SettableClock;
  /** Refuse to start when the hub issues no ticket now. Default: true unless `hubClock` is given. */
  requireIssuing?: boolean;
  /** Overtime after the last session before officers leave with people still waiting, minutes. Default 120. */
  overtimeMinutes?: number;
  onProgress?: (progress: SimulationProgress) => void;
  /** Real milliseconds between progress calls. Default 500. */
  progressIntervalMs?: number;
  /** Real milliseconds to wait for an ack before resending. Default 10 000. */
  ackTimeoutMs?: number;
  signal?: AbortSignal;
}

export const DEMO_KIOSK_TOKENS = ['demo-kiosk-token-1', 'demo-kiosk-token-2'];
export const DEMO_OFFICERS: OfficerCredentials[] = Array.from({ length: 10 }, (_, i) => ({
  username: `canbo${String(i + 1).padStart(2, '0')}`,
  password: 'luot-demo',
}));

const MINUTE = 60_000;
const hhmm = (ms: number) => formatMinute(localMinuteOfDay(ms));

/** Services a staffed counter serves, with weights and times; the others get no citizens (nobody would call them). */
function serviceProfiles(snapshot: HallSnapshot, staffed: ReadonlySet<number>, tuning: Record<string, ServiceTuning>): ServiceProfile[] {
  const served = new Set(snapshot.counters.filter((c) => staffed.has(c.number)).flatMap((c) => c.services));
  return snapshot.services
    .filter((s) => served.has(s.code))
    .map((s) => {
      const t = { ...FALLBACK_TUNING, ...DEFAULT_SERVICE_TUNING[s.code], ...tuning[s.code] };
      return { code: s.code, weight: t.weight, meanServiceMinutes: t.meanServiceMinutes, priorities: s.priorities };
    });
}

export async function simulateDay(options: SimulateDayOptions): Promise<SimulationReport> {
  const speed = options.speed ?? 480;
  const seed = options.seed ?? 1;
  const tokens = options.tokens ?? DEMO_KIOSK_TOKENS;
  const officers = options.officers ?? DEMO_OFFICERS;
  const sessions = options.sessions ?? DEFAULT_SESSIONS;
  if (tokens.length === 0) throw new HubLinkError('at least one kiosk token is needed');
  if (sessions.length === 0) throw new HubLinkError('at least one session is needed');

  const ledger = new Ledger();
  const abort = new AbortController();
  // Every officer and kiosk waits on this one signal at the same time.
  setMaxListeners(0, abort.signal);
  const onOuterAbort = () => abort.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  // The simulated clock starts once everyone is connected; no command is sent before.
  let clock: ScaledClock | undefined;
  const link = new HubLink(options.hubUrl, ledger, () => clock?.now() ?? Date.now(), options.hubClock, options.ackTimeoutMs);
  let progressTimer: NodeJS.Timeout | undefined;
  try {
    const kiosks = [];
    for (const token of tokens) kiosks.push(await link.connect('kiosk', token));
    const snapshot = kiosks[0]!.snapshot;
    const requireIssuing = options.requireIssuing ?? options.hubClock === undefined;
    if (requireIssuing && !snapshot.loads.some((l) => l.issuing)) {
      throw new HubLinkError(
        'the hub issues no ticket right now (its clock is outside opening hours); start it with a config open around the clock — see hub-server/src/simulator/README.md',
      );
    }

    const counterNumbers = options.counters ?? snapshot.counters.map((c) => c.number);
    const staffing = counterNumbers.slice(0, officers.length).map((number, i) => ({ number, officer: officers[i]! }));
    for (const { number } of staffing) {
      if (!snapshot.counters.some((c) => c.number === number)) throw new HubLinkError(`the hub has no counter ${number}`);
    }
    const day = options.day ?? snapshot.day;
    const services = serviceProfiles(snapshot, new Set(staffing.map((s) => s.number)), options.services ?? {});
    const plan = buildDayPlan({
      seed,
      day,
      tickets: options.tickets ?? 400,
      sessions,
      issuingCutOffMinutes: options.issuingCutOffMinutes ?? DEFAULT_ISSUING_CUT_OFF_MINUTES,
      services,
      kiosks: tokens.length,
      ratingScale: snapshot.hall.ratingScale,
      arrivalRates: options.arrivalRates,
      behaviour: options.behaviour,
    });
    const windows = sessions.map((s) => ({ start: localTime(day, s.start), end: localTime(day, s.end) }));
    const hardStopAt = windows[windows.length - 1]!.end + (options.overtimeMinutes ?? 120) * MINUTE;

    const counters: HubClient<'counter'>[] = [];
    for (const { officer } of staffing) {
      const token = await link.login(officer.username, officer.password);
      counters.push((await link.connect('counter', token)).client);
    }

    const dayClock = new ScaledClock(windows[0]!.start, speed);
    clock = dayClock;
    const ctx: ActorContext = { link, ledger, clock: dayClock, signal: abort.signal };
    const observer = new HallObserver(kiosks[0]!.client);

    let kiosksDone = false;
    const dayIsOver = () => kiosksDone && ledger.allEnded();
    const actors = staffing.map(
      ({ number, officer }, i) =>
        new OfficerActor(ctx, counters[i]!, {
          username: officer.username,
          counter: number,
          services: snapshot.counters.find((c) => c.number === number)!.services,
          sessions: windows,
          recallLimit: snapshot.hall.recallLimit,
          hardStopAt,
        }, { dayIsOver }),
    );
    const progress = (): void => {
      if (dayIsOver()) for (const a of actors) a.waker.wake();
      if (!options.onProgress) return;
      const c = ledger.counts();
      options.onProgress({
        clock: hhmm(dayClock.now()),
        issued: c.issued,
        served: c.done,
        noShows: c.no_show,
        inQueue: c.waiting + c.called + c.serving,
        commands: link.stats.sent,
        errors: ledger.errors.total,
      });
    };
    // A throw from a timer would end the process with no report: the simulated day stops with that error instead.
    progressTimer = setInterval(() => {
      try {
        progress();
      } catch (e) {
        abort.abort(e);
      }
    }, options.progressIntervalMs ?? 500);

    const byKiosk = tokens.map((_, k) => plan.filter((c: CitizenPlan) => c.kiosk === k));
    const officerRuns = actors.map((a) => a.run());
    try {
      await Promise.all(kiosks.map((k, i) => runKiosk(ctx, k.client, byKiosk[i]!)));
      kiosksDone = true;
      for (const a of actors) a.waker.wake();
      await Promise.all(officerRuns);
    } catch (e) {
      abort.abort(e);
      await Promise.allSettled(officerRuns);
      throw e;
    }
    progress();

    const counts = ledger.counts();
    const stillWaiting = counts.waiting + counts.called + counts.serving;
    return {
      seed,
      speed,
      day,
      simulatedFrom: hhmm(dayClock.startAt),
      simulatedUntil: hhmm(dayClock.now()),
      realDurationMs: Math.round(dayClock.realElapsed()),
      counters: staffing.map((s) => s.number),
      officers: staffing.map((s) => s.officer.username),
      tickets: {
        planned: plan.length,
        issued: counts.issued,
        refused: ledger.refused,
        called: counts.everCalled,
        served: counts.done,
        noShows: counts.no_show,
        transfers: ledger.transfers,
        stillWaiting,
        priority: ledger.priority,
      },
      ratings: { ...ledger.ratings },
      commands: { ...link.stats },
      errors: { ...ledger.errors },
      times: {
        averageWaitMinutes: meanMinutes(ledger.waits),
        maxWaitMinutes: ledger.waits.length ? Math.round((Math.max(...ledger.waits) / MINUTE) * 10) / 10 : null,
        averageServiceMinutes: meanMinutes(ledger.serviceTimes),
      },
      checks: {
        doubleCalls: observer.doubleCalls,
        sequenceGaps: observer.sequenceGaps,
        unaccounted: counts.issued - counts.done - counts.no_show - stillWaiting,
      },
      perService: ledger.perService(),
    };
  } finally {
    clearInterval(progressTimer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    link.close();
  }
}
