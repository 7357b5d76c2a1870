/**
 * The booking page's limit per client address: making, moving and cancelling
 * bookings (each attempt counts, found or not), so one phone or script cannot
 * fill a day's slots or walk codes. Built on the public lookup rules'
 * windows (core/transport/lookup-limit-rules.ts), every attempt a new key.
 */
import { luotError } from '@luot/protocol';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../core/clock';
import { admitLookup, type LookupEntry, type LookupPolicy } from '../core/transport/lookup-limit-rules';
import type { LookupRefusal } from '../core/transport/lookup-limiter';
import { waitWords } from '../core/wait-words';

const MINUTE = 60_000;

/** 10 attempts in 10 minutes and 30 an hour: a family books a few times; a script stops at once. */
export const BOOKING_POLICY: LookupPolicy = {
  windows: [
    { windowMs: 10 * MINUTE, maxKeys: 10 },
    { windowMs: 60 * MINUTE, maxKeys: 30 },
  ],
};

const MAX_ADDRESSES = 20_000;

export type BookingLimiter = ReturnType<typeof createBookingLimiter>;

export function createBookingLimiter(clock: Clock, policy: LookupPolicy = BOOKING_POLICY) {
  const byAddress = new Map<string, LookupEntry>();
  let attempts = 0;

  /** Counts one attempt from the request's address; a refusal says how long to wait. */
  function check(req: FastifyRequest): LookupRefusal | null {
    const now = clock.now();
    if (byAddress.size > MAX_ADDRESSES) byAddress.delete(byAddress.keys().next().value!);
    const decision = admitLookup(byAddress.get(req.ip), `attempt:${attempts++}`, now, policy);
    byAddress.delete(req.ip);
    byAddress.set(req.ip, decision.entry);
    if (decision.admitted) return null;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    const wait = waitWords(seconds);
    return {
      error: luotError('too_many_attempts', {
        vi: `Bạn đã thao tác đặt lịch quá nhiều lần. Vui lòng thử lại sau ${wait.vi}.`,
        en: `Too many booking attempts. Please try again in ${wait.en}.`,
      }),
      retryAfterSeconds: seconds,
    };
  }

  return { check };
}
