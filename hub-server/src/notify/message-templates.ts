/**
 * The messages to citizens, in Vietnamese, each short enough for one SMS
 * segment where possible: 70 characters with diacritics (UCS-2), 160 without
 * (the hall's `withoutDiacritics`). A template names the one value that may be
 * shortened (a long service name) so the rest — the code, the time — stays whole.
 */
import type { MessageKind, MessageValues } from '@luot/protocol';
import { smsSize, withoutDiacritics } from './sms-text';

interface Template<K extends MessageKind> {
  text(v: MessageValues[K]): string;
  /** The value cut (with "…") when the message would take more than one segment. */
  shortenable?: keyof MessageValues[K] & string;
}

const TEMPLATES: { [K in MessageKind]: Template<K> } = {
  booking_confirmed: {
    text: (v) => `Đã đặt lịch ${v.service} ${v.time} ${v.date}. Mã ${v.code}`,
    shortenable: 'service',
  },
  booking_reminder: {
    text: (v) => `Nhắc lịch ${v.service} ${v.time} ${v.date}. Mã ${v.code}`,
    shortenable: 'service',
  },
  near_turn: {
    text: (v) =>
      v.position === '1' ? `Số ${v.ticket}: bạn là người kế tiếp, mời về gần quầy.` : `Số ${v.ticket}: còn ${Number(v.position) - 1} người trước bạn, mời về gần quầy.`,
  },
  result_ready: {
    text: (v) => `Hồ sơ ${v.dossier} đã có kết quả. Mời nhận tại ${v.place}.`,
    shortenable: 'place',
  },
};

export interface RenderOptions {
  withoutDiacritics: boolean;
}

/** The text of one message, in the hall's style, shortened to one segment when a value allows it. */
export function renderMessage<K extends MessageKind>(kind: K, values: MessageValues[K], options: RenderOptions): string {
  const template = TEMPLATES[kind] as Template<K>;
  const style = (t: string) => (options.withoutDiacritics ? withoutDiacritics(t) : t);
  const full = style(template.text(values));
  const field = template.shortenable;
  if (smsSize(full).segments === 1 || field === undefined) return full;
  const long = String(values[field]);
  // Cut the shortenable value one character at a time until the text fits; keep at least a few letters of it.
  for (let keep = long.length - 1; keep >= 4; keep--) {
    const text = style(template.text({ ...values, [field]: `${long.slice(0, keep).trimEnd()}…` }));
    // "…" is not GSM-7: without diacritics, three dots keep the text in the 160-character alphabet.
    const fitted = options.withoutDiacritics ? text.replace(/…/g, '...') : text;
    if (smsSize(fitted).segments === 1) return fitted;
  }
  return full;
}
