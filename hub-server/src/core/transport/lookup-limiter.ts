/**
 * The public lookup limit per client address (rules: `lookup-limit-rules.ts`),
 * shared by every public read a walker could use: `/d/<code>`, the dossier
 * lookup API, `/t/<id>` and the ticket status API. A request with a valid
 * bearer token (a kiosk, an officer, an integration) is not counted: it is
 * accountable by its token, and the limit is for the anonymous public.
 */
import { luotError, type LuotError } from '@luot/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock';
import { waitWords } from '../wait-words';
import type { Authenticator } from './authenticator';
import { sendError } from './http-errors';
import { admitLookup, LOOKUP_POLICY, type LookupEntry, type LookupPolicy } from './lookup-limit-rules';

export type LookupLimiter = ReturnType<typeof createLookupLimiter>;

export interface LookupRefusal {
  error: LuotError;
  retryAfterSeconds: number;
}

/** Beyond this many addresses the quiet ones are dropped first, so a spray of addresses cannot grow it forever. */
const SWEEP_ABOVE = 1000;
const MAX_ADDRESSES = 50_000;

export function tooManyLookups(seconds: number): LuotError {
  const wait = waitWords(seconds);
  return luotError('too_many_attempts', {
    vi: `Tra cứu quá nhiều mã khác nhau. Vui lòng thử lại sau ${wait.vi}.`,
    en: `Too many different codes looked up. Please try again in ${wait.en}.`,
  });
}

export function createLookupLimiter(deps: { clock: Clock; auth: Pick<Authenticator, 'authenticate'>; policy?: LookupPolicy }) {
  const { clock, auth } = deps;
  const policy = deps.policy ?? LOOKUP_POLICY;
  const byAddress = new Map<string, LookupEntry>();

  function sweep(now: number): void {
    if (byAddress.size <= SWEEP_ABOVE) return;
    const horizon = now - Math.max(...policy.windows.map((w) => w.windowMs));
    for (const [address, entry] of byAddress) if (Math.max(0, ...entry.values()) <= horizon) byAddress.delete(address);
    for (const address of byAddress.keys()) {
      if (byAddress.size <= MAX_ADDRESSES) break;
      byAddress.delete(address);
    }
  }

  /** Counts a lookup of `key` (e.g. `ticket:<id>`) from the request's address; a refusal says how long to wait. */
  function check(req: FastifyRequest, key: string): LookupRefusal | null {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (bearer && auth.authenticate(bearer[1], req.ip).ok) return null;
    const now = clock.now();
    sweep(now);
    const decision = admitLookup(byAddress.get(req.ip), key, now, policy);
    byAddress.delete(req.ip); // re-inserted last: the map stays in order of last lookup
    byAddress.set(req.ip, decision.entry);
    if (decision.admitted) return null;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    return { error: tooManyLookups(seconds), retryAfterSeconds: seconds };
  }

  return { check };
}

/** The JSON refusal: 429 with `Retry-After`. */
export function sendLookupRefusal(reply: FastifyReply, refusal: LookupRefusal): FastifyReply {
  reply.header('retry-after', String(refusal.retryAfterSeconds));
  return sendError(reply, refusal.error);
}
