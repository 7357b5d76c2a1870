/**
 * Shared by the personal-data tests: dossiers made through the hub's own
 * services (the socket path is covered by dossiers.test.ts), and a search of
 * a database file's raw bytes for the applicant's personal data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { applicantSchema, type DossierView } from '@luot/protocol';
import { APPLICANT, DOCUMENTS, PERSONAL_STRINGS, PROC_KHDT, cid, type TestHub } from '@luot/testing';

export const EMAIL = 'vo.viet.dung@example.vn';
export const POSTAL = 'Số 12 Đường Trần Phú, Phường Lê Lợi, Thành phố Quy Nhơn';
/** Every personal value the dossier helpers write, as they are stored. */
export const ALL_PERSONAL = [...PERSONAL_STRINGS, EMAIL, POSTAL];

export const applicant = applicantSchema.parse({ ...APPLICANT, email: EMAIL });

const officerId = (hub: TestHub) =>
  (hub.db.prepare("SELECT id FROM users WHERE username = 'canbo01'").get() as { id: string }).id;
const by = (name: string, actor = 'user:canbo01') => ({ actor, name, commandId: cid() });

/** Registers a dossier at the kiosk (status `registered`, no code yet); returns its id. */
export async function registeredDossier(hub: TestHub): Promise<string> {
  const reg = await hub.hub.services.dossiers.register(by('dossier:register', 'device:kiosk-1'), {
    procedure: PROC_KHDT,
    applicant,
    return: { method: 'post', postalAddress: POSTAL },
  });
  if (!reg.ok) throw new Error(reg.error.message.en);
  return reg.value.dossierId;
}

/** Registers a dossier at the kiosk and receives it at the counter; returns its view. */
export async function receivedDossier(hub: TestHub): Promise<DossierView> {
  const { dossiers } = hub.hub.services;
  const dossierId = await registeredDossier(hub);
  const received = await dossiers.receive(by('dossier:receive'), officerId(hub), {
    dossier: dossierId,
    applicant,
    return: { method: 'post', postalAddress: POSTAL },
    documents: DOCUMENTS,
  });
  if (!received.ok) throw new Error(received.error.message.en);
  return received.value;
}

/** Moves a received dossier to its result and hands it over (`returned`, a final status). */
export async function returnedDossier(hub: TestHub): Promise<DossierView> {
  const { dossiers } = hub.hub.services;
  const d = await receivedDossier(hub);
  const ready = await dossiers.setStatus(by('dossier:set-status'), d.id, 'result_ready', null);
  if (!ready.ok) throw new Error(ready.error.message.en);
  const done = await dossiers.markReturned(by('dossier:mark-returned'), d.id, null);
  if (!done.ok) throw new Error(done.error.message.en);
  return done.value;
}

/** The personal values found in the raw bytes of a database file and its WAL. */
export function personalDataInFile(file: string, values: readonly string[] = ALL_PERSONAL): string[] {
  const bytes = Buffer.concat([file, file + '-wal'].filter(existsSync).map((f) => readFileSync(f)));
  return values.filter((v) => bytes.includes(Buffer.from(v, 'utf8')));
}
