/**
 * Pure: turns a seed and a hall profile into the list of citizens of one day
 * (when each arrives, what for, how long it takes, what they do). The same
 * seed and inputs always give the same plan.
 */
import type { Outcome, PriorityClass, Rating, RatingScale } from '@luot/protocol';
import { localTime } from '../core/clock';
import {
  DEFAULT_ARRIVAL_RATES,
  DEFAULT_BEHAVIOUR,
  PRIORITY_SHARES,
  RATING_SHARES,
  type ArrivalRate,
  type BehaviourRates,
  type ServiceProfile,
  type SessionWindow,
} from './hall-profile';
import { createRandom, type Random } from './random';

/** One visit to a counter: how long the officer spends with the citizen. */
export interface VisitPlan {
  service: string;
  serviceMs: number;
}

export interface CitizenPlan {
  /** 0-based, in order of arrival. */
  index: number;
  /** Epoch ms (simulated) when the citizen taps the kiosk. */
  arriveAt: number;
  /** Which kiosk (index into the kiosk tokens). */
  kiosk: number;
  priority: PriorityClass;
  /** Never comes when called: the officer recalls up to the limit, then marks a no-show. */
  noShow: boolean;
  /** Seconds from the call until the citizen reaches the counter. */
  walkSeconds: number;
  /** The first visit, then (for a transfer) the visit at the service it was sent to. */
  visits: [VisitPlan] | [VisitPlan, VisitPlan];
  outcome: Outcome;
  /** null: the citizen does not answer the rating pad. */
  rating: Rating | null;
  /** Seconds between the finish and the rating. */
  ratingDelaySeconds: number;
}

export interface DayPlanOptions {
  seed: number;
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  tickets: number;
  sessions: SessionWindow[];
  issuingCutOffMinutes: number;
  services: ServiceProfile[];
  kiosks: number;
  ratingScale: RatingScale;
  arrivalRates?: ArrivalRate[];
  behaviour?: Partial<BehaviourRates>;
}

const MINUTE = 60_000;
const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The relative arrival rate at a minute of the day (piecewise constant). */
export function arrivalRateAt(rates: readonly ArrivalRate[], minute: number): number {
  let weight = 0;
  for (const r of rates) if (minutesOf(r.from) <= minute) weight = r.weight;
  return weight;
}

/** Minutes of the day in which tickets are issued: each session minus the cut-off. */
export function issuingMinutes(sessions: readonly SessionWindow[], cutOffMinutes: number): number[] {
  const minutes: number[] = [];
  for (const s of sessions) {
    const end = minutesOf(s.end) - cutOffMinutes;
    for (let m = minutesOf(s.start); m < end; m++) minutes.push(m);
  }
  return minutes;
}

function arrivalTimes(random: Random, options: DayPlanOptions): number[] {
  const rates = options.arrivalRates ?? DEFAULT_ARRIVAL_RATES;
  const minutes = issuingMinutes(options.sessions, options.issuingCutOffMinutes).filter((m) => arrivalRateAt(rates, m) > 0);
  if (minutes.length === 0) return [];
  // Cumulative weights once, then a binary search per citizen (inverse-CDF sampling).
  const cumulative: number[] = [];
  let total = 0;
  for (const m of minutes) cumulative.push((total += arrivalRateAt(rates, m)));
  const start = localTime(options.day, '00:00');
  const times: number[] = [];
  for (let i = 0; i < options.tickets; i++) {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    // A second within the minute, but never in its last second, so an arrival stays inside the window.
    times.push(start + minutes[lo]! * MINUTE + random.int(0, 58) * 1000);
  }
  return times.sort((a, b) => a - b);
}

function pickPriority(random: Random, allowed: readonly PriorityClass[], rate: number): PriorityClass {
  const offered = allowed.filter((p): p is Exclude<PriorityClass, 'none'> => p !== 'none');
  if (offered.length === 0 || !random.chance(rate)) return 'none';
  return random.weighted(offered, (p) => PRIORITY_SHARES[p]) ?? 'none';
}

function pickRating(random: Random, scale: RatingScale, noRating: number): Rating | null {
  if (random.chance(noRating)) return null;
  return random.weighted(RATING_SHARES[scale], (r) => r.share)?.value ?? null;
}

/** Service time around the service's mean, clamped to what a counter plausibly sees. */
function serviceMs(random: Random, meanMinutes: number): number {
  const minutes = Math.min(Math.max(random.lognormal(meanMinutes, 0.5), 0.5), meanMinutes * 5);
  return Math.round(minutes * MINUTE);
}

export function buildDayPlan(options: DayPlanOptions): CitizenPlan[] {
  const random = createRandom(options.seed);
  const behaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
  const services = options.services.filter((s) => s.weight > 0);
  if (services.length === 0) return [];
  return arrivalTimes(random, options).map((arriveAt, index) => {
    const service = random.weighted(services, (s) => s.weight)!;
    const others = services.filter((s) => s.code !== service.code);
    const transferTo = others.length > 0 && random.chance(behaviour.transfer) ? random.weighted(others, (s) => s.weight) : undefined;
    const first: VisitPlan = {
      service: service.code,
      // A citizen who is sent elsewhere talks briefly first: 1–3 minutes.
      serviceMs: transferTo ? random.int(60, 180) * 1000 : serviceMs(random, service.meanServiceMinutes),
    };
    const visits: CitizenPlan['visits'] = transferTo ? [first, { service: transferTo.code, serviceMs: serviceMs(random, transferTo.meanServiceMinutes) }] : [first];
    const last = visits[visits.length - 1]!;
    const outcome: Outcome = last.service === 'tra-ket-qua' ? 'result_returned' : random.chance(0.8) ? 'dossier_received' : 'guided';
    return {
      index,
      arriveAt,
      kiosk: index % Math.max(1, options.kiosks),
      priority: pickPriority(random, service.priorities, behaviour.priority),
      noShow: random.chance(behaviour.noShow),
      walkSeconds: random.int(15, 90),
      visits,
      outcome,
      rating: pickRating(random, options.ratingScale, behaviour.noRating),
      ratingDelaySeconds: random.int(5, 30),
    };
  });
}
