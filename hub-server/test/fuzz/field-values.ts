/**
 * Plausible values by field name, so a good share of the generated payloads
 * passes validation and reaches the services (the refused ones then test
 * the deeper checks: unknown ids, states, roles). `live` holds ids seen on
 * the running hub (tickets, dossiers), filled in as the fuzz goes.
 */
import fc from 'fast-check';
import { APPLICANT, PROC_KHDT, PROC_TNMT } from '@luot/testing';

export interface LiveIds {
  tickets: string[];
  ticketCodes: string[];
  dossiers: string[];
}

export const liveIds = (): LiveIds => ({ tickets: ['missing-ticket'], ticketCodes: ['A001'], dossiers: ['000.00.06.H56-261123-0001'] });

const fromLive = (pick: (l: LiveIds) => string[], live: LiveIds) =>
  fc.nat().map((i) => {
    const list = pick(live);
    return list[i % list.length]!;
  });

export function fieldValue(name: string, live: LiveIds): fc.Arbitrary<unknown> | undefined {
  switch (name) {
    case 'commandId':
      return fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/);
    case 'service':
    case 'toService':
      return fc.constantFrom('DKKD', 'DATDAI', 'TRAKQ', 'NOPE');
    case 'counter':
    case 'number':
    case 'toCounter':
      return fc.integer({ min: 0, max: 4 });
    case 'ticketId':
    case 'id':
      return fromLive((l) => [...l.tickets, ...l.dossiers], live);
    case 'ticketIds':
      return fc.array(fromLive((l) => l.tickets, live), { maxLength: 3 });
    case 'code':
      return fromLive((l) => [...l.ticketCodes, ...l.dossiers], live);
    case 'dossier':
      return fromLive((l) => l.dossiers, live);
    case 'procedure':
      return fc.constantFrom(PROC_KHDT, PROC_TNMT, '9.999999');
    case 'idNumber':
      return fc.constantFrom(APPLICANT.idNumber, '000000000000');
    case 'phone':
      return fc.constantFrom(APPLICANT.phone, '0912345678', '+84912345678');
    case 'dateOfBirth':
    case 'day':
      return fc.constantFrom(APPLICANT.dateOfBirth, '2026-11-23', '2026-02-30');
    case 'username':
      return fc.constantFrom('canbo01', 'canbo02', 'giamsat', 'admin', 'nobody', 'canbo77');
    case 'password':
      return fc.constantFrom('secret-pass', 'wrong-pass', 'mat-khau-moi-1');
    case 'role':
      return fc.constantFrom('officer', 'supervisor', 'admin', 'kiosk', 'display', 'counter');
    case 'priority':
      return fc.constantFrom('none', 'elderly', 'disability', 'pregnant', 'child', 'merit', 'vip');
    case 'rating':
      return fc.constantFrom(1, 2, 3, 4, 5, null);
    case 'outcome':
      return fc.constantFrom('served', 'not_served', 'redirected', 'other');
    case 'state':
      return fc.constantFrom('open', 'paused', 'closed', 'serving');
    case 'status':
      return fc.constantFrom('registered', 'received', 'processing', 'done', 'returned', 'refused');
    case 'name':
    case 'reason':
    case 'message':
    case 'address':
      return fc.constantFrom(APPLICANT.name, 'Nghỉ giải lao', 'Hôm nay hệ thống bảo trì', APPLICANT.address);
    case 'sex':
      return fc.constantFrom('male', 'female', 'other');
    case 'method':
      return fc.constantFrom('counter', 'post');
    default:
      return undefined;
  }
}
