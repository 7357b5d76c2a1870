import { useEffect, useState } from 'react';
import type { TicketBooking, TicketView } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { fetchTicketBooking } from '../staff-http';

interface Props {
  ticket: TicketView;
  token: string | null;
}

/**
 * On an appointment ticket: the mark that the citizen booked, the slot, and
 * the note they left when booking (read from the hub once per ticket; the hub
 * records that the officer read it).
 */
export function AppointmentMark({ ticket, token }: Props) {
  const { t } = useI18n();
  const [booking, setBooking] = useState<TicketBooking | null>(null);
  useEffect(() => {
    let current = true;
    setBooking(null);
    void fetchTicketBooking(ticket.id, token).then((r) => {
      if (current && r.ok) setBooking(r.value);
    });
    return () => {
      current = false;
    };
  }, [ticket.id, token]);
  return (
    <div className="appointment-mark" data-testid="appointment-mark">
      <strong>{t('current.appointment')}</strong>
      {booking ? (
        <span data-testid="appointment-booking">
          {' '}
          {t('current.appointmentSlot', { time: booking.time, code: booking.code })}
          {booking.note ? <span className="appointment-note" data-testid="appointment-note">{` — ${booking.note}`}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
