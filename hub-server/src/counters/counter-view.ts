/** The wire view of a counter: config + live state + the officer signed in. */
import type { CounterView } from '@luot/protocol';
import type { UserReads } from '../auth/user-repo';
import type { HallCatalog } from '../core/hall-catalog';
import type { CounterRecord } from './counter-repo';

export function counterView(ctx: { catalog: HallCatalog; users: UserReads }, c: CounterRecord): CounterView {
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
