import { describe, expect, it } from 'vitest';
import { mayListDossiers, mayOpenDossier, type DossierAccessFacts } from './dossier-access-rules';

const stranger: DossierAccessFacts = {
  role: 'officer',
  userId: 'u2',
  actor: 'user:canbo02',
  servingTicketId: 't-other',
  dossier: { ticketId: 't-5', officerId: 'u5' },
  ticketOfficerId: 'u5',
  historyActors: ['device:kiosk-1', 'user:canbo05'],
  keyPresented: false,
};

describe('mayOpenDossier', () => {
  it('refuses an officer a dossier handled at another counter', () => {
    expect(mayOpenDossier(stranger)).toBe(false);
  });
  it('lets an officer open the dossier of the ticket at their counter, or one they handled', () => {
    expect(mayOpenDossier({ ...stranger, servingTicketId: 't-5' })).toBe(true);
    expect(mayOpenDossier({ ...stranger, dossier: { ticketId: 't-5', officerId: 'u2' } })).toBe(true);
    expect(mayOpenDossier({ ...stranger, ticketOfficerId: 'u2' })).toBe(true);
    expect(mayOpenDossier({ ...stranger, historyActors: ['user:canbo02'] })).toBe(true);
  });
  it('lets an officer open a dossier whose receipt (tracking code with its key) the citizen shows', () => {
    expect(mayOpenDossier({ ...stranger, keyPresented: true })).toBe(true);
  });
  it('lets the return desk open the dossier its called return-results ticket is linked to, and no other', () => {
    const returnDesk = { ...stranger, servingTicketId: 't-return', dossierId: 'd-5' };
    expect(mayOpenDossier({ ...returnDesk, servingTicketDossierId: 'd-5' })).toBe(true);
    expect(mayOpenDossier({ ...returnDesk, servingTicketDossierId: 'd-6' })).toBe(false);
    expect(mayOpenDossier({ ...returnDesk, servingTicketDossierId: null })).toBe(false);
  });
  it('does not match a dossier without a ticket to an idle counter', () => {
    expect(mayOpenDossier({ ...stranger, servingTicketId: null, dossier: { ticketId: null, officerId: null } })).toBe(false);
  });
  it('lets supervisors and admins open any dossier', () => {
    expect(mayOpenDossier({ ...stranger, role: 'supervisor' })).toBe(true);
    expect(mayOpenDossier({ ...stranger, role: 'admin' })).toBe(true);
  });
});

describe('mayListDossiers', () => {
  it('keeps the day list to supervisors and admins', () => {
    expect(mayListDossiers('officer')).toBe(false);
    expect(mayListDossiers('supervisor')).toBe(true);
    expect(mayListDossiers('admin')).toBe(true);
  });
});
