/**
 * The one place bookings read the hall's calendar: which sessions a service
 * runs on a local day. Holidays, Saturdays and make-up working days
 * (`hours.makeUpDays`) all come through `sessionsOn`, so bookings follow the
 * kiosks' hours without a second copy of the rules.
 */
import type { HallConfig, ServiceConfig } from '../core/config/hall-config-schema';
import { sessionsOn } from '../queue/hours-rules';

export interface OpenSpan {
  /** Local `HH:mm`. */
  start: string;
  end: string;
}

export function bookableSpans(config: Pick<HallConfig, 'hours'>, day: string, service: Pick<ServiceConfig, 'sessions'>): OpenSpan[] {
  return sessionsOn(config.hours, day, service.sessions).map((s) => ({ start: s.start, end: s.end }));
}
