import { useEffect, useState } from 'react';
import type { BookingDay } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { fetchBookingDay } from '../staff-http';

/** How often the panel reads the day's bookings again: arrivals come with each check-in. */
const REFRESH_MS = 30_000;

/**
 * Today's bookings for the supervisor: how many were booked, arrived and did
 * not come (their check-in window closed), and one line per booking — code,
 * slot, state and the ticket it got. No names or phone numbers.
 */
export function BookingsPanel({ token, day }: { token: string; day: string }) {
  const { t } = useI18n();
  const [bookings, setBookings] = useState<BookingDay | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      void fetchBookingDay(token, day).then((r) => {
        if (current && r.ok) setBookings(r.value);
      });
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [token, day]);
  if (bookings === null || bookings.bookings.length === 0) {
    return (
      <section className="panel bookings-panel" aria-label={t('bookings.heading')} data-testid="bookings-panel">
        <h2>{t('bookings.heading')}</h2>
        <p className="muted">{bookings === null ? t('common.loading') : t('bookings.none')}</p>
      </section>
    );
  }
  return (
    <section className="panel bookings-panel" aria-label={t('bookings.heading')} data-testid="bookings-panel">
      <h2>{t('bookings.heading')}</h2>
      <dl className="figures">
        <div>
          <dt>{t('bookings.booked')}</dt>
          <dd data-testid="bookings-booked">{bookings.booked}</dd>
        </div>
        <div>
          <dt>{t('bookings.arrived')}</dt>
          <dd data-testid="bookings-arrived">{bookings.arrived}</dd>
        </div>
        <div>
          <dt>{t('bookings.noShow')}</dt>
          <dd data-testid="bookings-no-show">{bookings.noShow}</dd>
        </div>
        <div>
          <dt>{t('bookings.cancelled')}</dt>
          <dd>{bookings.cancelled}</dd>
        </div>
      </dl>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('bookings.time')}</th>
            <th>{t('bookings.code')}</th>
            <th>{t('bookings.service')}</th>
            <th>{t('bookings.state')}</th>
          </tr>
        </thead>
        <tbody>
          {bookings.bookings.map((b) => (
            <tr key={b.code} data-testid={`booking-${b.code}`} data-state={b.state}>
              <td>{b.time}</td>
              <td>{b.code}</td>
              <td>{b.service}</td>
              <td>{b.ticketCode ? `${t(`bookings.state.${b.state}`)} (${b.ticketCode})` : t(`bookings.state.${b.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
