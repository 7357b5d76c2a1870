/**
 * Where a called ticket stands, read the same way by the hub (which decides)
 * and the counter console (which greys out what the hub would refuse).
 */
import type { TicketView } from './queue';

type Stage = Pick<TicketView, 'state' | 'calledAt' | 'servingAt'>;

/**
 * A ticket the hall started serving on the call (`autoStartServing`) that
 * the officer has not acted on yet: serving since the very moment it was
 * called. The citizen may not have come, so it can still be recalled or
 * marked no-show; starting to serve it sets a later serving time.
 */
export const isAutoStarted = (t: Stage): boolean => t.state === 'serving' && t.servingAt !== null && t.servingAt === t.calledAt;

/** Called and the citizen not at the counter yet: called, or auto-started and not acted on. */
export const awaitsCitizen = (t: Stage): boolean => t.state === 'called' || isAutoStarted(t);
