/** Prepared statements over `dossiers`, `dossier_sequences` and `dossier_history`. */
import type {
  Applicant,
  Channel,
  DossierStatus,
  ReceivedDocument,
  ReturnMethod,
  ReturnTimeliness,
  Sex,
} from '@luot/protocol';
import { readOnly, type ReadableDb, type WritableDb } from '../core/db/handles';
import type { FieldCipher } from '../core/personal-data/field-cipher';
import { openPersonal, sealPersonal, type PersonalValues } from './dossier-personal-fields';

interface DossierRow {
  id: string;
  code: string | null;
  agency_code: string;
  day: string | null;
  sequence: number | null;
  procedure_code: string;
  service: string;
  ticket_id: string | null;
  status: string;
  channel: string;
  applicant_id_number: string;
  applicant_name: string;
  applicant_birth_date: string;
  applicant_sex: string;
  applicant_address: string;
  applicant_phone: string;
  applicant_email: string | null;
  return_method: string;
  postal_address: string | null;
  documents: string;
  supplement_items: string;
  registered_at: number;
  registered_day: string;
  received_at: number | null;
  appointment_at: number | null;
  returned_at: number | null;
  timeliness: string | null;
  officer_id: string | null;
  reason: string | null;
  updated_at: number;
  check_key: string;
  personal_sealed: number;
  personal_erased_at: number | null;
  ready_at: number | null;
  collect_place: string | null;
  collect_note: string | null;
  returned_by: string | null;
}

/** A dossier as the hub holds it. */
export interface DossierRecord {
  id: string;
  code: string | null;
  agencyCode: string;
  /** The local day of the code (reception); null until received. */
  day: string | null;
  sequence: number | null;
  procedureCode: string;
  service: string;
  ticketId: string | null;
  status: DossierStatus;
  channel: Channel;
  applicant: Applicant;
  returnMethod: ReturnMethod;
  postalAddress: string | null;
  documents: ReceivedDocument[];
  supplementItems: string[];
  registeredAt: number;
  registeredDay: string;
  receivedAt: number | null;
  appointmentAt: number | null;
  returnedAt: number | null;
  timeliness: ReturnTimeliness | null;
  officerId: string | null;
  reason: string | null;
  updatedAt: number;
  /** The unguessable part of the tracking code (see DOSSIER_TRACKING_CODE_PATTERN); set once at registration. */
  checkKey: string;
  /** When the retention job erased the applicant's personal data (then empty); null while kept. */
  personalErasedAt: number | null;
  /** When the result was marked ready to collect, and where (issue 19); null before. */
  readyAt: number | null;
  collectPlace: string | null;
  collectNote: string | null;
  /** The officer who handed the result over. */
  returnedBy: string | null;
}

/** The row's personal columns, opened (sealed rows) or as stored (rows from before sealing, erased values). */
const personalOf = (r: DossierRow, cipher: FieldCipher): PersonalValues =>
  openPersonal(
    {
      applicant_id_number: r.applicant_id_number,
      applicant_name: r.applicant_name,
      applicant_birth_date: r.applicant_birth_date,
      applicant_address: r.applicant_address,
      applicant_phone: r.applicant_phone,
      applicant_email: r.applicant_email,
      postal_address: r.postal_address,
    },
    r.id,
    r.personal_sealed === 1,
    cipher,
  );

const toRecord = (row: DossierRow, cipher: FieldCipher): DossierRecord => {
  const r = { ...row, ...personalOf(row, cipher) } as DossierRow;
  return {
    id: r.id,
    code: r.code,
    agencyCode: r.agency_code,
    day: r.day,
    sequence: r.sequence,
    procedureCode: r.procedure_code,
    service: r.service,
    ticketId: r.ticket_id,
    status: r.status as DossierStatus,
    channel: r.channel as Channel,
    applicant: {
      idNumber: r.applicant_id_number,
      name: r.applicant_name,
      dateOfBirth: r.applicant_birth_date,
      sex: r.applicant_sex as Sex,
      address: r.applicant_address,
      phone: r.applicant_phone,
      ...(r.applicant_email !== null ? { email: r.applicant_email } : {}),
    },
    returnMethod: r.return_method as ReturnMethod,
    postalAddress: r.postal_address,
    documents: JSON.parse(r.documents) as ReceivedDocument[],
    supplementItems: JSON.parse(r.supplement_items) as string[],
    registeredAt: r.registered_at,
    registeredDay: r.registered_day,
    receivedAt: r.received_at,
    appointmentAt: r.appointment_at,
    returnedAt: r.returned_at,
    timeliness: r.timeliness as ReturnTimeliness | null,
    officerId: r.officer_id,
    reason: r.reason,
    updatedAt: r.updated_at,
    personalErasedAt: r.personal_erased_at,
    checkKey: r.check_key,
    // Marked ready before 0190: the last change was the marking.
    readyAt: r.ready_at ?? (r.status === 'result_ready' ? r.updated_at : null),
    collectPlace: r.collect_place,
    collectNote: r.collect_note,
    returnedBy: r.returned_by,
  };
};

/** Named parameters for insert and update, flattened from a record; personal values sealed for its row. */
const toParams = (d: DossierRecord, cipher: FieldCipher) => {
  const sealed = sealPersonal(
    {
      applicant_id_number: d.applicant.idNumber,
      applicant_name: d.applicant.name,
      applicant_birth_date: d.applicant.dateOfBirth,
      applicant_address: d.applicant.address,
      applicant_phone: d.applicant.phone,
      applicant_email: d.applicant.email ?? null,
      postal_address: d.postalAddress,
    },
    d.id,
    cipher,
  );
  return {
    id: d.id,
    code: d.code,
    agencyCode: d.agencyCode,
    day: d.day,
    sequence: d.sequence,
    procedureCode: d.procedureCode,
    service: d.service,
    ticketId: d.ticketId,
    status: d.status,
    channel: d.channel,
    idNumber: sealed.applicant_id_number,
    name: sealed.applicant_name,
    dateOfBirth: sealed.applicant_birth_date,
    sex: d.applicant.sex,
    address: sealed.applicant_address,
    phone: sealed.applicant_phone,
    email: sealed.applicant_email,
    returnMethod: d.returnMethod,
    postalAddress: sealed.postal_address,
    documents: JSON.stringify(d.documents),
    supplementItems: JSON.stringify(d.supplementItems),
    registeredAt: d.registeredAt,
    registeredDay: d.registeredDay,
    receivedAt: d.receivedAt,
    appointmentAt: d.appointmentAt,
    returnedAt: d.returnedAt,
    timeliness: d.timeliness,
    officerId: d.officerId,
    reason: d.reason,
    updatedAt: d.updatedAt,
    checkKey: d.checkKey,
    readyAt: d.readyAt,
    collectPlace: d.collectPlace,
    collectNote: d.collectNote,
    returnedBy: d.returnedBy,
  };
};

export interface DossierHistoryEntry {
  dossierId: string;
  at: number;
  actor: string;
  action: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  note: string | null;
}

/** What read paths get: every query, no write. */
export type DossierReads = ReturnType<typeof createDossierReads>;
export type DossierRepo = ReturnType<typeof createDossierRepo>;

export function createDossierReads(db: ReadableDb, cipher: FieldCipher) {
  const toRecordOf = (r: DossierRow) => toRecord(r, cipher);
  const one = (r: DossierRow | undefined) => (r ? toRecordOf(r) : undefined);
  const byId = db.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE id = ?');
  const byCode = db.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE code = ?');
  const byTicket = db.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE ticket_id = ?');
  const ofDay = db.prepare<[string, string], DossierRow>(
    'SELECT * FROM dossiers WHERE registered_day = ? OR day = ? ORDER BY registered_at, id',
  );
  const lastSequence = db.prepare<[string, string], { last_sequence: number }>(
    'SELECT last_sequence FROM dossier_sequences WHERE agency_code = ? AND day = ?',
  );
  // Same expression and condition as the index of 0190, so the panel reads only waiting results.
  const awaitingReturn = db.prepare<[], DossierRow>(
    "SELECT * FROM dossiers WHERE status = 'result_ready' ORDER BY coalesce(ready_at, updated_at), id",
  );
  const historyOf = db.prepare<[string], { dossier_id: string; at: number; actor: string; action: string; from_status: string | null; to_status: string; note: string | null }>(
    'SELECT * FROM dossier_history WHERE dossier_id = ? ORDER BY id',
  );
  return {
    get: (id: string) => one(byId.get(id)),
    getByCode: (code: string) => one(byCode.get(code)),
    getByTicket: (ticketId: string) => one(byTicket.get(ticketId)),
    /** Dossiers registered or received on a local day. */
    ofDay: (day: string) => ofDay.all(day, day).map(toRecordOf),
    /** Results waiting to be collected, oldest first. */
    awaitingReturn: () => awaitingReturn.all().map(toRecordOf),
    /** The last code sequence of an agency on a day; 0 when none yet. */
    lastSequence: (agencyCode: string, day: string) => lastSequence.get(agencyCode, day)?.last_sequence ?? 0,
    history: (dossierId: string): DossierHistoryEntry[] =>
      historyOf.all(dossierId).map((r) => ({
        dossierId: r.dossier_id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        fromStatus: r.from_status as DossierStatus | null,
        toStatus: r.to_status as DossierStatus,
        note: r.note,
      })),
  };
}

/** The queries and the writes; a write statement is prepared on the write handle only. */
export function createDossierRepo(db: WritableDb, cipher: FieldCipher) {
  const insert = db.prepare(
    `INSERT INTO dossiers (id, code, agency_code, day, sequence, procedure_code, service, ticket_id, status, channel,
       applicant_id_number, applicant_name, applicant_birth_date, applicant_sex, applicant_address, applicant_phone, applicant_email,
       return_method, postal_address, documents, supplement_items, registered_at, registered_day, received_at, appointment_at,
       returned_at, timeliness, officer_id, reason, updated_at, check_key, personal_sealed)
     VALUES (@id, @code, @agencyCode, @day, @sequence, @procedureCode, @service, @ticketId, @status, @channel,
       @idNumber, @name, @dateOfBirth, @sex, @address, @phone, @email,
       @returnMethod, @postalAddress, @documents, @supplementItems, @registeredAt, @registeredDay, @receivedAt, @appointmentAt,
       @returnedAt, @timeliness, @officerId, @reason, @updatedAt, @checkKey, 1)`,
  );
  const update = db.prepare(
    `UPDATE dossiers SET code = @code, day = @day, sequence = @sequence, ticket_id = @ticketId, status = @status,
       applicant_id_number = @idNumber, applicant_name = @name, applicant_birth_date = @dateOfBirth, applicant_sex = @sex,
       applicant_address = @address, applicant_phone = @phone, applicant_email = @email,
       return_method = @returnMethod, postal_address = @postalAddress, documents = @documents, supplement_items = @supplementItems,
       received_at = @receivedAt, appointment_at = @appointmentAt, returned_at = @returnedAt, timeliness = @timeliness,
       officer_id = @officerId, reason = @reason, updated_at = @updatedAt, personal_sealed = 1,
       ready_at = @readyAt, collect_place = @collectPlace, collect_note = @collectNote, returned_by = @returnedBy
     WHERE id = @id`,
  );
  const saveSequence = db.prepare<[string, string, number]>(
    `INSERT INTO dossier_sequences (agency_code, day, last_sequence) VALUES (?, ?, ?)
     ON CONFLICT (agency_code, day) DO UPDATE SET last_sequence = excluded.last_sequence`,
  );
  const addHistory = db.prepare(
    `INSERT INTO dossier_history (dossier_id, at, actor, action, from_status, to_status, note)
     VALUES (@dossierId, @at, @actor, @action, @fromStatus, @toStatus, @note)`,
  );
  return {
    ...createDossierReads(readOnly(db), cipher),
    insert: (d: DossierRecord) => insert.run(toParams(d, cipher)),
    save: (d: DossierRecord) => update.run(toParams(d, cipher)),
    saveSequence: (agencyCode: string, day: string, sequence: number) => saveSequence.run(agencyCode, day, sequence),
    addHistory: (e: DossierHistoryEntry) => addHistory.run(e),
  };
}
