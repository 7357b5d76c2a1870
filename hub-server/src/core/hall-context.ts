/**
 * Everything a feature service needs, wired once by `createHub`: the catalog,
 * the repositories, the clock and the command runner.
 */
import type { CounterView } from '@luot/protocol';
import type { Clock } from './clock';
import type { CounterRecord, CounterRepo } from '../counters/counter-repo';
import type { UserRepo } from '../auth/user-repo';
import type { SessionRepo } from '../auth/session-repo';
import type { TicketRepo } from '../queue/ticket-repo';
import type { CommandRunner } from './command-runner';
import type { EventLog } from './event-log';
import type { HallCatalog } from './hall-catalog';
import type { Db } from './db/open';

export interface HallContext {
  db: Db;
  clock: Clock;
  catalog: HallCatalog;
  tickets: TicketRepo;
  counters: CounterRepo;
  users: UserRepo;
  sessions: SessionRepo;
  log: EventLog;
  run: CommandRunner;
}

/** The wire view of a counter: config + live state + the officer signed in. */
export function counterView(ctx: Pick<HallContext, 'catalog' | 'users'>, c: CounterRecord): CounterView {
  const config = ctx.catalog.counter(c.number);
  const officer = c.officerId ? ctx.users.get(c.officerId) : undefined;
  return {
    number: c.number,
    name: config?.name ?? { vi: `Quầy ${c.number}`, en: `Counter ${c.number}` },
    area: config?.area ?? 'main',
    services: config?.services ?? [],
    state: c.state,
    pauseReason: c.pauseReason,
    officer: officer ? { id: officer.id, username: officer.username, name: officer.name } : null,
    currentTicketId: c.currentTicketId,
  };
}
