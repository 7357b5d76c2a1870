/** Prepared statements over the `tickets` and `daily_numbers` tables. */
import type { Outcome, PriorityClass, Rating, TicketSource, TicketState, TicketView } from '@luot/protocol';
import { readOnly, type ReadableDb, type WritableDb } from '../core/db/handles';
import type { Candidate } from './queue-rules';

interface TicketRow {
  id: string;
  day: string;
  service: string;
  number: number;
  code: string;
  prefix: string;
  priority: string;
  source: string;
  state: string;
  issued_at: number;
  queued_at: number;
  front: number;
  called_at: number | null;
  serving_at: number | null;
  finished_at: number | null;
  counter: number | null;
  target_counter: number | null;
  officer_id: string | null;
  recall_count: number;
  outcome: string | null;
  rating: number | null;
  rated: number;
  dossier_id: string | null;
  issued_by: string;
  ahead_until: number | null;
}

/** A ticket as the hub holds it: the wire view plus what only the hub needs. */
export interface TicketRecord extends TicketView, Candidate {
  /** The prefix the code was made with ('' for tickets issued before the hub kept it). */
  prefix: string;
  officerId: string | null;
  rated: boolean;
}

const toRecord = (r: TicketRow): TicketRecord => ({
  id: r.id,
  day: r.day,
  service: r.service,
  number: r.number,
  code: r.code,
  prefix: r.prefix,
  priority: r.priority as PriorityClass,
  source: r.source as TicketSource,
  state: r.state as TicketState,
  issuedAt: r.issued_at,
  queuedAt: r.queued_at,
  front: r.front === 1,
  calledAt: r.called_at,
  servingAt: r.serving_at,
  finishedAt: r.finished_at,
  counter: r.counter,
  targetCounter: r.target_counter,
  officerId: r.officer_id,
  recallCount: r.recall_count,
  outcome: r.outcome as Outcome | null,
  rating: r.rating as Rating | null,
  rated: r.rated === 1,
  dossierId: r.dossier_id,
  aheadUntil: r.ahead_until,
});

/** The wire view of a record (drops hub-only fields). */
export function toTicketView(t: TicketRecord): TicketView {
  return {
    id: t.id,
    day: t.day,
    service: t.service,
    number: t.number,
    code: t.code,
    priority: t.priority,
    source: t.source,
    state: t.state,
    issuedAt: t.issuedAt,
    queuedAt: t.queuedAt,
    calledAt: t.calledAt,
    servingAt: t.servingAt,
    finishedAt: t.finishedAt,
    counter: t.counter,
    targetCounter: t.targetCounter,
    recallCount: t.recallCount,
    outcome: t.outcome,
    rating: t.rating,
    dossierId: t.dossierId,
  };
}

export interface NewTicket {
  id: string;
  day: string;
  service: string;
  number: number;
  code: string;
  /** The service's prefix the code was made with. */
  prefix: string;
  priority: PriorityClass;
  source: TicketSource;
  issuedAt: number;
  issuedBy: string;
  dossierId: string | null;
  /** An appointment's slot end (queue-rules); null for every other ticket. */
  aheadUntil?: number | null;
}

/** What read paths get: every query, no write. */
export type TicketReads = ReturnType<typeof createTicketReads>;
export type TicketRepo = ReturnType<typeof createTicketRepo>;

export function createTicketReads(db: ReadableDb) {
  const byId = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?');
  const byCode = db.prepare<[string, string], TicketRow>('SELECT * FROM tickets WHERE day = ? AND code = ?');
  const waitingOf = db.prepare<[string], TicketRow>("SELECT * FROM tickets WHERE day = ? AND state = 'waiting'");
  // The head of one queue: a service's (or a counter's own) waiting tickets of
  // one class, in the order every rule agrees on within a single service.
  const headOfService = db.prepare<[string, string, number], TicketRow>(
    `SELECT * FROM tickets WHERE day = ? AND state = 'waiting' AND service = ? AND target_counter IS NULL
       AND (priority <> 'none') = ? ORDER BY front DESC, queued_at, number, id LIMIT 1`,
  );
  // An appointment still within its slot is a head of its service too: the
  // rules may call it before the oldest walk-in (migration 0200).
  const headAppointmentOfService = db.prepare<[string, string, number, number], TicketRow>(
    `SELECT * FROM tickets WHERE day = ? AND state = 'waiting' AND service = ? AND target_counter IS NULL
       AND (priority <> 'none') = ? AND ahead_until > ? ORDER BY front DESC, queued_at, number, id LIMIT 1`,
  );
  const headOfCounter = db.prepare<[string, number, number], TicketRow>(
    `SELECT * FROM tickets WHERE day = ? AND state = 'waiting' AND target_counter = ?
       AND (priority <> 'none') = ? ORDER BY front DESC, queued_at, number, id LIMIT 1`,
  );
  // People ahead of a ticket in its service (see queue-rules isAhead): front
  // first, then priority under the strict rule, then issue order. Written as
  // range counts over the queue index (migrations 0030, 0250), so no row is
  // read. The index has no id (0250): issue order is counted as three
  // ranges, and only the last, a tie of queued_at and number, reads the
  // rows it holds (practically none) for their id. The other class is
  // written `= 1 - @prio` (prio is 0 or 1), an equality the index can range past.
  const q = "FROM tickets WHERE day = @day AND state = 'waiting' AND service = @service";
  const inIssueOrderAhead = (where: string) =>
    `(SELECT COUNT(*) ${q} AND ${where} AND queued_at < @queuedAt)
     + (SELECT COUNT(*) ${q} AND ${where} AND queued_at = @queuedAt AND number < @number)
     + (SELECT COUNT(*) ${q} AND ${where} AND queued_at = @queuedAt AND number = @number AND id < @id)`;
  const aheadOf = db.prepare<
    { day: string; service: string; id: string; number: number; front: number; prio: number; queuedAt: number; strict: number },
    { n: number }
  >(
    `SELECT
       (SELECT COUNT(*) ${q} AND front > @front)
     + (SELECT COUNT(*) ${q} AND front = @front AND @strict = 1 AND (priority <> 'none') > @prio)
     + ${inIssueOrderAhead("front = @front AND (priority <> 'none') = @prio")}
     + ${inIssueOrderAhead("front = @front AND @strict = 0 AND (priority <> 'none') = 1 - @prio")}
     AS n`,
  );
  // Ahead of an appointment within its slot: tickets sent to the front,
  // priority tickets under the strict rule, and appointments checked in before it.
  const aheadOfAppointment = db.prepare<{ day: string; service: string; id: string; queuedAt: number; now: number; strict: number }, { n: number }>(
    `SELECT COUNT(*) AS n ${q} AND id <> @id AND (front = 1 OR (@strict = 1 AND priority <> 'none')
       OR (ahead_until > @now AND (queued_at < @queuedAt OR (queued_at = @queuedAt AND id < @id))))`,
  );
  const activeOf = db.prepare<[string], TicketRow>(
    "SELECT * FROM tickets WHERE day = ? AND state IN ('waiting', 'called', 'serving')",
  );
  const notEnded = db.prepare<[string], TicketRow>(
    "SELECT * FROM tickets WHERE day < ? AND state IN ('waiting', 'called', 'serving')",
  );
  // Kept by triggers (migration 0040): no scan of the queue.
  const waitingCount = db.prepare<[string, string], { n: number }>('SELECT n FROM waiting_counts WHERE day = ? AND service = ?');
  // Session caps (migration 0050): kept while issuing; counted from the tickets
  // only when a session has no row yet (its first ticket, or a cap added mid-session).
  const sessionIssued = db.prepare<[string, string, number], { n: number }>(
    'SELECT n FROM session_issued WHERE day = ? AND service = ? AND opens_at = ?',
  );
  const countIssuedSince = db.prepare<[string, string, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM tickets WHERE day = ? AND service = ? AND issued_at >= ?',
  );
  const issuedInSession = (day: string, service: string, opensAt: number): number =>
    sessionIssued.get(day, service, opensAt)?.n ?? countIssuedSince.get(day, service, opensAt)?.n ?? 0;
  const recentServiceMs = db.prepare<[string, string], { ms: number | null }>(
    `SELECT AVG(finished_at - serving_at) AS ms FROM (
       SELECT finished_at, serving_at FROM tickets
       WHERE day = ? AND service = ? AND state = 'done' AND serving_at IS NOT NULL
       ORDER BY finished_at DESC LIMIT 20)`,
  );
  // A dossier's ticket still in the hall today (issue 19: one return ticket per visit).
  const liveOfDossier = db.prepare<[string, string], TicketRow>(
    "SELECT * FROM tickets WHERE day = ? AND dossier_id = ? AND state IN ('waiting', 'called', 'serving') LIMIT 1",
  );
  const lastNumber = db.prepare<[string, string], { last_number: number }>(
    'SELECT last_number FROM daily_numbers WHERE day = ? AND service = ?',
  );

  return {
    get: (id: string) => {
      const r = byId.get(id);
      return r ? toRecord(r) : undefined;
    },
    getByCode: (day: string, code: string) => {
      const r = byCode.get(day, code);
      return r ? toRecord(r) : undefined;
    },
    waiting: (day: string) => waitingOf.all(day).map(toRecord),
    /**
     * The few tickets that can be next at a counter: the head of each of its
     * services and of its own transfers, for each class (priority, regular).
     * Within one service every rule orders by (front, queued_at), so the pure
     * rules choose among these heads exactly as among the whole queue. With
     * `appointmentsAfter` (now, when the hall calls appointments ahead), the
     * first appointment whose slot lasts past it is a head as well.
     */
    candidatesFor: (day: string, services: readonly string[], counter: number, appointmentsAfter: number | null = null): TicketRecord[] => {
      const heads: TicketRow[] = [];
      for (const prio of [1, 0]) {
        for (const service of services) {
          const r = headOfService.get(day, service, prio);
          if (r) heads.push(r);
          const booked = appointmentsAfter === null ? undefined : headAppointmentOfService.get(day, service, prio, appointmentsAfter);
          if (booked && booked.id !== r?.id) heads.push(booked);
        }
        const own = headOfCounter.get(day, counter, prio);
        if (own) heads.push(own);
      }
      return heads.map(toRecord);
    },
    /** How many waiting tickets of its service are ahead of this one. */
    countAhead: (t: TicketRecord, strict: boolean): number =>
      aheadOf.get({
        day: t.day,
        service: t.service,
        id: t.id,
        number: t.number,
        front: t.front ? 1 : 0,
        prio: t.priority !== 'none' ? 1 : 0,
        queuedAt: t.queuedAt,
        strict: strict ? 1 : 0,
      })?.n ?? 0,
    /** People ahead of an appointment still within its slot (queue-rules: it heads its service's walk-ins). */
    countAheadOfAppointment: (t: TicketRecord, now: number, strict: boolean): number =>
      aheadOfAppointment.get({ day: t.day, service: t.service, id: t.id, queuedAt: t.queuedAt, now, strict: strict ? 1 : 0 })?.n ?? 0,
    active: (day: string) => activeOf.all(day).map(toRecord),
    /** Live tickets of days before `day`: what the day rollover expires. */
    liveBefore: (day: string) => notEnded.all(day).map(toRecord),
    waitingCount: (day: string, service: string) => waitingCount.get(day, service)?.n ?? 0,
    /** Tickets of a service issued since its session opened (the session is still open). */
    issuedInSession,
    recentAverageServiceMs: (day: string, service: string) => recentServiceMs.get(day, service)?.ms ?? null,
    lastNumber: (day: string, service: string) => lastNumber.get(day, service)?.last_number ?? 0,
    /** Tickets of a service issued since `opensAt`, counted from the tickets. */
    issuedSince: (day: string, service: string, opensAt: number) => countIssuedSince.get(day, service, opensAt)?.n ?? 0,
    /** A ticket of the dossier waiting, called or served today, if any. */
    liveOfDossier: (day: string, dossierId: string) => {
      const r = liveOfDossier.get(day, dossierId);
      return r ? toRecord(r) : undefined;
    },
  };
}

/** The queries and the writes; a write statement is prepared on the write handle only. */
export function createTicketRepo(db: WritableDb) {
  const reads = createTicketReads(readOnly(db));
  const bumpSessionIssued = db.prepare<[string, string, number]>(
    'UPDATE session_issued SET n = n + 1 WHERE day = ? AND service = ? AND opens_at = ?',
  );
  const insertSessionIssued = db.prepare<[string, string, number, number]>(
    'INSERT INTO session_issued (day, service, opens_at, n) VALUES (?, ?, ?, ?)',
  );
  const bumpNumber = db
    .prepare<[string, string], number>(
      `INSERT INTO daily_numbers (day, service, last_number) VALUES (?, ?, 1)
       ON CONFLICT (day, service) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
    )
    .pluck();
  const insert = db.prepare(
    `INSERT INTO tickets (id, day, service, number, code, prefix, priority, source, state, issued_at, queued_at, issued_by, dossier_id, ahead_until)
     VALUES (@id, @day, @service, @number, @code, @prefix, @priority, @source, 'waiting', @issuedAt, @issuedAt, @issuedBy, @dossierId, @aheadUntil)`,
  );
  const update = db.prepare(
    `UPDATE tickets SET service = @service, state = @state, queued_at = @queuedAt, front = @front,
       called_at = @calledAt, serving_at = @servingAt, finished_at = @finishedAt, counter = @counter,
       target_counter = @targetCounter, officer_id = @officerId, recall_count = @recallCount,
       outcome = @outcome, rating = @rating, rated = @rated
     WHERE id = @id`,
  );

  return {
    ...reads,
    /** Counts a ticket just inserted into its session (inside the issuing transaction). */
    noteIssuedInSession: (day: string, service: string, opensAt: number): void => {
      if (bumpSessionIssued.run(day, service, opensAt).changes === 0) {
        insertSessionIssued.run(day, service, opensAt, reads.issuedSince(day, service, opensAt));
      }
    },
    /** Takes the next daily number of a service (inside the caller's transaction). */
    takeNumber: (day: string, service: string): number => bumpNumber.get(day, service)!,
    /** Inserts a new waiting ticket and returns its record (no read back: the row is exactly this). */
    insert: (t: NewTicket): TicketRecord => {
      insert.run({ ...t, aheadUntil: t.aheadUntil ?? null });
      return {
        id: t.id,
        day: t.day,
        service: t.service,
        number: t.number,
        code: t.code,
        prefix: t.prefix,
        priority: t.priority,
        source: t.source,
        issuedAt: t.issuedAt,
        dossierId: t.dossierId,
        aheadUntil: t.aheadUntil ?? null,
        state: 'waiting',
        queuedAt: t.issuedAt,
        front: false,
        calledAt: null,
        servingAt: null,
        finishedAt: null,
        counter: null,
        targetCounter: null,
        officerId: null,
        recallCount: 0,
        outcome: null,
        rating: null,
        rated: false,
      };
    },
    save: (t: TicketRecord) =>
      update.run({ ...t, front: t.front ? 1 : 0, rated: t.rated ? 1 : 0 }),
  };
}
