/** What the counters' services need: the queue's context with the full counter store and the officers. */
import type { SessionReads } from '../auth/session-repo';
import type { UserRepo } from '../auth/user-repo';
import type { QueueContext } from '../queue/queue-context';
import type { CounterRepo } from './counter-repo';

export interface CounterContext extends QueueContext {
  counters: CounterRepo;
  users: UserRepo;
  /** Where the admin console placed counter PCs (issue 17); absent in contexts that bind no counter. */
  sessions?: Pick<SessionReads, 'deviceAtCounter'>;
}
