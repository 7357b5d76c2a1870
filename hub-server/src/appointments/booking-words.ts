/** The citizen-facing words of bookings' refusals (Vietnamese first, English second). */
import { luotError, type LuotError } from '@luot/protocol';
import { localDay, localMinuteOfDay, formatMinute } from '../core/clock';
import type { SlotRefusal } from './slot-rules';

const dayWords = (day: string) => {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
};

/** "09:15 hôm nay" / "09:15 ngày 08/12/2026". */
function momentWords(at: number, now: number): { vi: string; en: string } {
  const time = formatMinute(localMinuteOfDay(at));
  const day = localDay(at);
  return day === localDay(now) ? { vi: `${time} hôm nay`, en: `${time} today` } : { vi: `${time} ngày ${dayWords(day)}`, en: `${time} on ${dayWords(day)}` };
}

export function slotRefusal(reason: SlotRefusal): LuotError {
  switch (reason) {
    case 'slot_full':
      return luotError('slot_full', undefined, 'time');
    case 'day_full':
      return luotError('slot_full', { vi: 'Ngày này đã hết lượt đặt lịch cho dịch vụ này. Vui lòng chọn ngày khác.', en: 'This day is fully booked for this service. Please choose another day.' }, 'day');
    case 'day_closed':
      return luotError('day_closed', undefined, 'day');
    case 'day_not_offered':
      return luotError('day_closed', { vi: 'Chỉ đặt được lịch từ hôm nay trong số ngày trung tâm cho phép.', en: 'Bookings are only open from today for the days the center offers.' }, 'day');
    case 'no_such_slot':
      return luotError('invalid_payload', { vi: 'Không có khung giờ này trong ngày đã chọn.', en: 'There is no such time slot on that day.' }, 'time');
    case 'slot_past':
      return luotError('slot_full', { vi: 'Khung giờ này đã qua. Vui lòng chọn khung giờ khác.', en: 'This time slot has passed. Please choose another.' }, 'time');
  }
}

export const bookingNotFound = (): LuotError =>
  luotError('not_found', { vi: 'Không tìm thấy lịch hẹn với mã này. Vui lòng kiểm tra lại mã.', en: 'No booking has this code. Please check the code.' }, 'code');

export const bookingCancelled = (): LuotError =>
  luotError('invalid_state', { vi: 'Lịch hẹn này đã được huỷ.', en: 'This booking has been cancelled.' }, 'code');

export const bookingUsed = (ticketCode: string | null): LuotError =>
  luotError('invalid_state', {
    vi: ticketCode ? `Lịch hẹn này đã được xác nhận tại kiosk, số thứ tự của bạn là ${ticketCode}.` : 'Lịch hẹn này đã được xác nhận tại kiosk.',
    en: ticketCode ? `This booking has already been checked in; your ticket is ${ticketCode}.` : 'This booking has already been checked in.',
  }, 'code');

export const serviceNotBookable = (service: string): LuotError =>
  luotError('not_found', { vi: `Dịch vụ ${service} không nhận đặt lịch hẹn.`, en: `Service ${service} does not take bookings.` }, 'service');

export function tooEarly(opensAt: number, now: number): LuotError {
  const when = momentWords(opensAt, now);
  return luotError('check_in_too_early', {
    vi: `Chưa đến giờ xác nhận lịch hẹn. Vui lòng quay lại từ ${when.vi}.`,
    en: `It is too early to check in. Please come back from ${when.en}.`,
  });
}

export function tooLate(): LuotError {
  return luotError('check_in_too_late');
}
