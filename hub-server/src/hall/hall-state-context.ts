/** The hall-wide services (day, snapshot, message) read every feature's store. */
import type { SessionRepo } from '../auth/session-repo';
import type { CounterContext } from '../counters/counter-context';

export interface HallStateContext extends CounterContext {
  sessions: SessionRepo;
}
