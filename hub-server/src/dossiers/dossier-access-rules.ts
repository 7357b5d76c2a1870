/**
 * Who may open a dossier (least privilege for personal data, issue 15). Pure.
 * Supervisors and admins see every dossier. An officer sees only the
 * dossier carried by the ticket called or served at their counter now (its
 * registration ticket, or a return-results ticket linked to it), the
 * dossiers they handled (received, refused, moved, returned, or whose ticket
 * they served), and a dossier whose receipt the citizen hands over: the
 * tracking code with its check key, printed only on the citizen's slip, is
 * the citizen's consent (the result-return desk works that way).
 */
import type { StaffRole } from '@luot/protocol';

export interface DossierAccessFacts {
  role: StaffRole;
  userId: string;
  /** The officer's audit name, `user:<username>`, as dossier history records actors. */
  actor: string;
  /** The ticket called or served at the officer's counter; null when at none or idle. */
  servingTicketId: string | null;
  /**
   * The dossier that ticket carries, if any: a return-results ticket carries
   * the dossier it came for, not being the dossier's registration ticket.
   */
  servingTicketDossierId?: string | null;
  /** The dossier's own id. */
  dossierId?: string;
  dossier: { ticketId: string | null; officerId: string | null };
  /** The officer who served the dossier's ticket, if any. */
  ticketOfficerId: string | null;
  /** The actors of the dossier's history rows. */
  historyActors: readonly string[];
  /** The reference was the tracking code with the right check key. */
  keyPresented: boolean;
}

export function mayOpenDossier(f: DossierAccessFacts): boolean {
  if (f.role === 'supervisor' || f.role === 'admin') return true;
  if (f.keyPresented) return true;
  if (f.dossier.ticketId !== null && f.dossier.ticketId === f.servingTicketId) return true;
  if (f.dossierId !== undefined && f.servingTicketDossierId != null && f.servingTicketDossierId === f.dossierId) return true;
  if (f.dossier.officerId === f.userId || f.ticketOfficerId === f.userId) return true;
  return f.historyActors.includes(f.actor);
}

/** The day's list with personal details: supervisors and admins only. */
export const mayListDossiers = (role: StaffRole): boolean => role === 'supervisor' || role === 'admin';
