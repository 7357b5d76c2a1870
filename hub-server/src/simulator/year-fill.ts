/**
 * Fills a hub's database with months of a busy center, written directly in
 * big transactions (a year of commands through sockets would take hours):
 * the rows a real year leaves — tickets in their final states, their events
 * in the event log (issued, called, recalled, serving, transferred, finished,
 * no-show, cancelled, expired, rated), dossiers received from served tickets
 * with their appointments on the hall's working calendar, supplement
 * requests and returns (early / on time / late by the hub's own rule) in
 * their history, personal data sealed with the hall's key — and then the
 * report rollups, as the hub's rollup job would have left them.
 *
 * What it simplifies: events carry `loads: []` (the services' loads at the
 * time are not replayed), there is no command log (the retention job prunes
 * it after a day anyway) and no staff audit; counters' states are today's.
 */
import { formatDossierCode, PRIORITY_CLASSES, type HallEvent, type TicketAction, type TicketView } from '@luot/protocol';
import { v7 as uuidv7 } from 'uuid';
import { addDays, localDay, localIsoWeekday, localTime } from '../core/clock';
import type { HallConfig } from '../core/config/hall-config-schema';
import type { WritableDb } from '../core/db/handles';
import type { FieldCipher } from '../core/personal-data/field-cipher';
import { sealExistingDossiers } from '../dossiers/seal-existing-dossiers';
import { classifyReturn, computeAppointment, DEFAULT_WORKING_CALENDAR } from '../dossiers/due-date-rules';
import { createRandom, type Random } from './random';

/** Bumped whenever what the generator writes changes: the bench's cached database is keyed by it. */
export const YEAR_FILL_VERSION = 2;

export interface YearFillOptions {
  /** The last day filled (usually yesterday); the `days` before it, up to it, are filled. */
  lastDay: string;
  days: number;
  /** Tickets on a weekday; Saturday mornings get half, Sundays none. */
  ticketsPerWeekday: number;
  /** Share of served tickets that hand in a dossier. */
  dossierShare: number;
  seed: number;
}

export interface YearFillSummary {
  tickets: number;
  dossiers: number;
  events: number;
}

const MINUTE = 60_000;
const SESSIONS = [
  ['07:30', '11:30'],
  ['13:00', '17:00'],
] as const;

function openingMinutes(day: string): number[] {
  const weekday = localIsoWeekday(localTime(day, '12:00'));
  if (weekday === 7) return [];
  const sessions = weekday === 6 ? SESSIONS.slice(0, 1) : SESSIONS;
  return sessions.map(([a, b]) => (localTime(day, b) - localTime(day, a)) / MINUTE);
}

const FIRST_NAMES = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hương', 'Khánh', 'Lan', 'Linh', 'Minh', 'Nam', 'Ngọc', 'Phúc', 'Quân', 'Thảo', 'Trang', 'Tuấn', 'Vy'];
const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];

/** One day's tickets: what happened to each, decided up front. */
interface Plan {
  view: TicketView;
  officerId: string | null;
  transferredAt: number | null;
  rated: boolean;
  dossier: boolean;
}

export function fillYear(db: WritableDb, config: HallConfig, cipher: FieldCipher, options: YearFillOptions): YearFillSummary {
  const rnd = createRandom(options.seed);
  const officers = db.prepare<[], { id: string }>(`SELECT id FROM users WHERE role = 'officer' AND active = 1 ORDER BY username`).all().map((r) => r.id);
  if (officers.length === 0) throw new Error('the hall has no officers to serve a year');
  const weights = new Map(config.services.map((s) => [s.code, 0.3 + rnd.next()]));
  const countersOf = new Map(config.services.map((s) => [s.code, config.counters.filter((c) => c.services.includes(s.code)).map((c) => c.number)]));
  const proceduresOf = new Map(config.services.map((s) => [s.code, config.procedures.filter((p) => p.service === s.code)]));
  const agencyOf = new Map(config.departments.map((d) => [d.code, d.agencyCode]));
  const calendar = { ...DEFAULT_WORKING_CALENDAR, holidays: config.hours.holidays };
  const scale = config.queue.ratingScale;

  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, day, service, number, code, priority, source, state, issued_at, queued_at, called_at, serving_at, finished_at,
       counter, officer_id, recall_count, outcome, rating, rated, dossier_id, issued_by, prefix)
     VALUES (@id, @day, @service, @number, @code, @priority, @source, @state, @issuedAt, @queuedAt, @calledAt, @servingAt, @finishedAt,
       @counter, @officerId, @recallCount, @outcome, @rating, @rated, @dossierId, @issuedBy, @prefix)`,
  );
  const insertEvent = db.prepare<[number, string, string, string, number | null, string, string]>(
    `INSERT INTO events (at, day, type, action, ticket_id, counter, actor, payload) VALUES (?, ?, 'ticket', ?, ?, ?, ?, ?)`,
  );
  const insertDossier = db.prepare(
    `INSERT INTO dossiers (id, code, agency_code, day, sequence, procedure_code, service, ticket_id, status, channel,
       applicant_id_number, applicant_name, applicant_birth_date, applicant_sex, applicant_address, applicant_phone, return_method,
       documents, registered_at, registered_day, received_at, appointment_at, returned_at, timeliness, officer_id, updated_at)
     VALUES (@id, @code, @agency, @day, @sequence, @procedure, @service, @ticketId, @status, 'in_person',
       @idNumber, @name, @birthDate, @sex, @address, @phone, 'counter',
       '[]', @at, @day, @at, @appointmentAt, @returnedAt, @timeliness, @officerId, @updatedAt)`,
  );
  const linkDossier = db.prepare<[string, string]>('UPDATE tickets SET dossier_id = ? WHERE id = ?');
  const insertHistory = db.prepare<[string, number, string, string, string | null, string]>(
    'INSERT INTO dossier_history (dossier_id, at, actor, action, from_status, to_status) VALUES (?, ?, ?, ?, ?, ?)',
  );

  const summary: YearFillSummary = { tickets: 0, dossiers: 0, events: 0 };
  const event = (day: string, action: TicketAction, at: number, view: TicketView, actor: string) => {
    const payload: Omit<Extract<HallEvent, { type: 'ticket' }>, 'seq'> = { at, type: 'ticket', action, ticket: view, loads: [] };
    insertEvent.run(at, day, action, view.id, view.counter, actor, JSON.stringify(payload));
    summary.events++;
  };

  const fillDay = db.transaction((day: string, sequenceStart: Map<string, number>) => {
    const plans = planDay(day, rnd, options, { weights, countersOf, officers, scale });
    for (const p of plans) {
      const v = p.view;
      const kioskActor = v.source === 'kiosk' ? 'device:kiosk-1' : v.source === 'api' ? 'api' : `user:${p.officerId ?? officers[0]}`;
      insertTicket.run({
        ...v,
        officerId: p.officerId,
        outcome: v.outcome,
        rating: v.rating,
        rated: p.rated || v.rating !== null ? 1 : 0,
        dossierId: null,
        issuedBy: kioskActor,
        prefix: v.code.replace(/\d+$/, ''),
      });
      summary.tickets++;
      const dossierId = p.dossier ? writeDossier(p, day, sequenceStart) : null;
      if (dossierId !== null) linkDossier.run(dossierId, v.id);
      const staff = `user:${p.officerId ?? officers[0]}`;
      event(day, 'issued', v.issuedAt, { ...v, state: 'waiting', calledAt: null, servingAt: null, finishedAt: null, counter: null, outcome: null, rating: null, recallCount: 0, dossierId: null }, kioskActor);
      if (v.calledAt !== null) {
        event(day, 'called', v.calledAt, { ...v, state: 'called', servingAt: null, finishedAt: null, outcome: null, rating: null, recallCount: 0, dossierId: null }, staff);
        for (let r = 1; r <= v.recallCount; r++) event(day, 'recalled', v.calledAt + r * MINUTE, { ...v, state: 'called', servingAt: null, finishedAt: null, outcome: null, rating: null, recallCount: r, dossierId: null }, staff);
      }
      if (v.servingAt !== null) event(day, 'serving', v.servingAt, { ...v, state: 'serving', finishedAt: null, outcome: null, rating: null, dossierId: null }, staff);
      if (p.transferredAt !== null) event(day, 'transferred', p.transferredAt, { ...v, state: 'waiting', finishedAt: null, outcome: null, rating: null, dossierId: null }, staff);
      const end = v.finishedAt ?? v.calledAt ?? v.issuedAt;
      const last: Partial<Record<TicketView['state'], TicketAction>> = { done: 'finished', no_show: 'no_show', cancelled: 'cancelled', expired: 'expired' };
      const action = last[v.state];
      if (action) event(day, action, v.state === 'expired' ? localTime(addDays(day, 1), '00:00') : end, { ...v, rating: null, dossierId }, v.state === 'expired' ? 'hub' : staff);
      if (v.rating !== null || p.rated) event(day, 'rated', end + 20_000, { ...v, dossierId }, 'device:rating');
    }
  });

  /** A dossier handed in at the ticket's counter: received, maybe sent back for a supplement, returned or still in progress. */
  function writeDossier(p: Plan, day: string, sequences: Map<string, number>): string | null {
    const v = p.view;
    const procedure = pick(rnd, proceduresOf.get(v.service) ?? []);
    const department = config.services.find((s) => s.code === v.service)?.department;
    const agency = department === undefined ? undefined : agencyOf.get(department);
    if (!procedure || !agency || v.servingAt === null) return null;
    const sequence = (sequences.get(agency) ?? 0) + 1;
    sequences.set(agency, sequence);
    const id = uuidv7();
    const at = v.servingAt + 3 * MINUTE;
    const due = procedure.processingDays > 0 ? computeAppointment(at, { days: procedure.processingDays }, calendar) : { ok: true as const, value: at };
    const appointmentAt = due.ok ? due.value : null;
    // Dossiers due in the last weeks may still be in progress; older ones were all returned.
    const recent = appointmentAt !== null && localDay(appointmentAt) > addDays(options.lastDay, -21);
    const settled = appointmentAt !== null && (!recent || rnd.chance(0.6));
    // Most come back on their day or just before; some are late by a few days.
    const offsetDays = rnd.chance(0.12) ? rnd.int(1, 6) : rnd.chance(0.35) ? -rnd.int(1, 3) : 0;
    let returnedAt = settled ? localTime(addDays(localDay(appointmentAt), offsetDays), `${8 + rnd.int(0, 8)}:${String(rnd.int(0, 59)).padStart(2, '0')}`) : null;
    if (returnedAt !== null && returnedAt <= at) returnedAt = at + 2 * 60 * MINUTE;
    const supplement = rnd.chance(0.06);
    const name = `${pick(rnd, FAMILY_NAMES)} Văn ${pick(rnd, FIRST_NAMES)}`;
    insertDossier.run({
      id,
      code: formatDossierCode(agency, day, sequence),
      agency,
      day,
      sequence,
      procedure: procedure.code,
      service: v.service,
      ticketId: v.id,
      status: returnedAt !== null ? 'returned' : supplement ? 'supplement_requested' : 'processing',
      idNumber: String(rnd.int(1, 99_999)).padStart(12, '0'),
      name,
      birthDate: `19${rnd.int(50, 99)}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`,
      sex: rnd.chance(0.5) ? 'male' : 'female',
      address: `Số ${rnd.int(1, 200)}, đường Thử Nghiệm`,
      phone: `09${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`,
      at,
      appointmentAt,
      returnedAt,
      timeliness: returnedAt !== null && appointmentAt !== null ? classifyReturn(appointmentAt, returnedAt) : null,
      officerId: p.officerId,
      updatedAt: returnedAt ?? at,
    });
    const actor = `user:${p.officerId ?? ''}`;
    insertHistory.run(id, at, actor, 'receive', null, 'received');
    insertHistory.run(id, at + MINUTE, actor, 'process', 'received', 'processing');
    if (supplement) insertHistory.run(id, at + 2 * 60 * MINUTE, actor, 'request-supplement', 'processing', 'supplement_requested');
    if (returnedAt !== null) {
      if (supplement) insertHistory.run(id, returnedAt - 60 * MINUTE, actor, 'supplement', 'supplement_requested', 'processing');
      insertHistory.run(id, returnedAt - 30 * MINUTE, actor, 'result-ready', 'processing', 'result_ready');
      insertHistory.run(id, returnedAt, actor, 'return', 'result_ready', 'returned');
    }
    summary.dossiers++;
    return id;
  }

  const firstDay = addDays(options.lastDay, 1 - options.days);
  // A generated year needs no fsync per day: if the machine fails, the file is made again. The hub's own setting comes back after.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  try {
    for (let day = firstDay; day <= options.lastDay; day = addDays(day, 1)) fillDay(day, new Map());
    sealExistingDossiers(db, cipher);
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
  return summary;
}

function pick<T>(rnd: Random, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[rnd.int(0, items.length - 1)];
}

interface DayShape {
  weights: Map<string, number>;
  countersOf: Map<string, number[]>;
  officers: string[];
  scale: 3 | 5;
}

/** The day's tickets, numbered per service in issue order, each with its fate. */
function planDay(day: string, rnd: Random, options: YearFillOptions, shape: DayShape): Plan[] {
  const minutes = openingMinutes(day);
  if (minutes.length === 0) return [];
  const count = Math.round(options.ticketsPerWeekday * (minutes.length === 1 ? 0.5 : 1) * (0.85 + 0.3 * rnd.next()));
  const starts = SESSIONS.slice(0, minutes.length).map(([a]) => localTime(day, a));
  const issued: { at: number; service: string }[] = [];
  for (let i = 0; i < count; i++) {
    const session = rnd.int(0, minutes.length - 1);
    // Mornings fill early: the square pulls arrivals toward the session's start.
    const into = Math.floor((1 - Math.sqrt(rnd.next())) * minutes[session]! * MINUTE);
    const service = rnd.weighted([...shape.weights.keys()], (s) => shape.weights.get(s)!)!;
    issued.push({ at: starts[session]! + into, service });
  }
  issued.sort((a, b) => a.at - b.at);
  const numbers = new Map<string, number>();
  const officerOf = (counter: number) => shape.officers[(counter + day.charCodeAt(9)) % shape.officers.length]!;
  return issued.map(({ at, service }, i) => {
    const number = (numbers.get(service) ?? 0) + 1;
    numbers.set(service, number);
    const prefix = String.fromCharCode(65 + ([...shape.weights.keys()].indexOf(service) % 26));
    const fate = rnd.next();
    const state: TicketView['state'] = fate < 0.015 ? 'cancelled' : fate < 0.03 ? 'expired' : fate < 0.075 ? 'no_show' : 'done';
    const counters = shape.countersOf.get(service) ?? [];
    const called = state === 'done' || state === 'no_show';
    const counter = called && counters.length > 0 ? counters[rnd.int(0, counters.length - 1)]! : null;
    const calledAt = called ? at + Math.min(150 * MINUTE, Math.round(rnd.lognormal(13 * MINUTE, 0.7))) : null;
    const servingAt = state === 'done' && calledAt !== null ? calledAt + rnd.int(15_000, 75_000) : null;
    const finishedAt = servingAt !== null ? servingAt + Math.min(90 * MINUTE, Math.round(rnd.lognormal(7 * MINUTE, 0.55))) : state === 'no_show' && calledAt !== null ? calledAt + 3 * MINUTE : null;
    const answered = state === 'done' && rnd.chance(0.68);
    const rating = answered ? ratingOf(rnd, shape.scale) : null;
    const priorityRoll = rnd.next();
    const view: TicketView = {
      id: uuidv7(),
      day,
      service,
      number,
      code: `${prefix}${String(number).padStart(3, '0')}`,
      priority: priorityRoll < 0.92 ? 'none' : PRIORITY_CLASSES[1 + (i % (PRIORITY_CLASSES.length - 1))]!,
      source: rnd.chance(0.8) ? 'kiosk' : rnd.chance(0.6) ? 'appointment' : rnd.chance(0.8) ? 'counter' : 'api',
      state,
      issuedAt: at,
      queuedAt: at,
      calledAt,
      servingAt,
      finishedAt: state === 'done' ? finishedAt : null,
      counter,
      recallCount: state === 'no_show' ? 2 : 0,
      targetCounter: null,
      outcome: state === 'done' ? 'guided' : null,
      rating,
      dossierId: null,
    };
    const dossier = state === 'done' && rnd.chance(options.dossierShare);
    if (dossier) view.outcome = 'dossier_received';
    return {
      view,
      officerId: counter === null ? null : officerOf(counter),
      transferredAt: state === 'done' && servingAt !== null && rnd.chance(0.025) ? servingAt + 30_000 : null,
      rated: state === 'done' && !answered && rnd.chance(0.5),
      dossier,
    };
  });
}

function ratingOf(rnd: Random, scale: 3 | 5): 1 | 2 | 3 | 4 | 5 {
  const r = rnd.next();
  if (scale === 3) return r < 0.72 ? 5 : r < 0.95 ? 3 : 1;
  return r < 0.55 ? 5 : r < 0.8 ? 4 : r < 0.93 ? 3 : r < 0.97 ? 2 : 1;
}
