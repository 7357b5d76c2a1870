/** Builds the printed ticket from the hub's receipt. Pure: the print test compares its output. */
import type { HallSnapshot, LocalizedText, TicketPrintJob, TicketReceipt } from '@luot/protocol';

export const TICKET_GUIDANCE: LocalizedText = {
  vi: 'Vui lòng chờ gọi số trên màn hình',
  en: 'Please watch the screen for your number',
};

/** The public page a ticket's QR opens: the hall's public address, else the hub the kiosk talks to. */
export function trackUrlFor(snapshot: HallSnapshot | null, hubUrl: string, ticketId: string): string {
  const base = (snapshot?.hall.publicUrl?.trim() || hubUrl).replace(/\/+$/, '');
  return `${base}/t/${encodeURIComponent(ticketId)}`;
}

export function buildTicketPrintJob(snapshot: HallSnapshot | null, hubUrl: string, receipt: TicketReceipt): TicketPrintJob {
  const { ticket } = receipt;
  const service = snapshot?.services.find((s) => s.code === ticket.service);
  return {
    hallName: snapshot?.hall.name ?? { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administrative Service Center' },
    serviceName: service?.name ?? { vi: ticket.service, en: ticket.service },
    code: ticket.code,
    priority: ticket.priority,
    issuedAt: ticket.issuedAt,
    peopleAhead: receipt.peopleAhead,
    estimatedWaitMinutes: receipt.estimatedWaitMinutes,
    trackUrl: trackUrlFor(snapshot, hubUrl, ticket.id),
    // The hall's own ticket wording (config hall.ticketFooter, set in the admin console) replaces the default line.
    guidance: snapshot?.hall.ticketFooter ? { vi: snapshot.hall.ticketFooter, en: '' } : TICKET_GUIDANCE,
    ...(snapshot?.hall.logo ? { logo: snapshot.hall.logo } : {}),
  };
}
