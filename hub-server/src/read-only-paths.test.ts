/**
 * The hub's read-only paths — reports, the snapshot, dossier and ticket
 * lookups — are given read-only stores, so writing from them does not compile.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SessionReads } from './auth/session-repo';
import type { UserReads } from './auth/user-repo';
import type { EventLogReads } from './core/event-log';
import type { CounterReads } from './counters/counter-repo';
import type { DossierQueriesContext } from './dossiers/dossier-queries';
import type { DossierReads } from './dossiers/dossier-repo';
import type { SnapshotContext } from './hall/snapshot-service';
import type { QueueRoutesDeps } from './queue/queue-routes';
import type { TicketReads } from './queue/ticket-repo';
import type { ReportRoutesDeps } from './reports/report-routes';
import { createReportService } from './reports/report-service';

describe('read-only paths', () => {
  it('get stores without write methods', () => {
    expectTypeOf<SnapshotContext['tickets']>().toEqualTypeOf<TicketReads>();
    expectTypeOf<SnapshotContext['counters']>().toEqualTypeOf<CounterReads>();
    expectTypeOf<SnapshotContext['sessions']>().toEqualTypeOf<SessionReads>();
    expectTypeOf<SnapshotContext['users']>().toEqualTypeOf<UserReads>();
    expectTypeOf<SnapshotContext['log']>().toEqualTypeOf<EventLogReads>();
    expectTypeOf<DossierQueriesContext['dossiers']>().toEqualTypeOf<DossierReads>();
    expectTypeOf<QueueRoutesDeps['ctx']['tickets']>().toEqualTypeOf<TicketReads>();
    expectTypeOf<TicketReads>().not.toHaveProperty('save');
    expectTypeOf<TicketReads>().not.toHaveProperty('insert');
    expectTypeOf<CounterReads>().not.toHaveProperty('save');
    expectTypeOf<SessionReads>().not.toHaveProperty('setPrinter');
    expectTypeOf<DossierReads>().not.toHaveProperty('addHistory');
    expectTypeOf<EventLogReads>().not.toHaveProperty('append');
  });

  it('cannot write through what they are given', () => {
    const writeFrom = (snapshot: SnapshotContext, report: ReportRoutesDeps['ctx'], lookup: DossierQueriesContext) => {
      // @ts-expect-error - the snapshot's tickets cannot be saved
      snapshot.tickets.save(snapshot.tickets.get('t-1')!);
      // @ts-expect-error - nor its database written
      snapshot.readDb.exec('DELETE FROM tickets');
      // @ts-expect-error - a report's statements have no run()
      report.readDb.prepare('SELECT 1').run();
      // @ts-expect-error - a lookup cannot record history
      lookup.dossiers.addHistory({ dossierId: 'd', at: 0, actor: 'x', action: 'y', fromStatus: null, toStatus: 'registered', note: null });
    };
    expect(typeof writeFrom).toBe('function');
    // A report service is made from the read handle only.
    expectTypeOf(createReportService).parameter(0).toHaveProperty('readDb');
    expectTypeOf(createReportService).parameter(0).not.toHaveProperty('db');
  });
});
