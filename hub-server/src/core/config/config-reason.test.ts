/**
 * Every reason a config problem gives is in Vietnamese as well as English:
 * each message the schemas register with `reason()` is reached by a bad
 * config below, each cross-check carries its Vietnamese, and no English word
 * is left in the Vietnamese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registeredReasons } from './config-reason';
import { describeZodError, type DescribedIssue } from './describe-config-issue';
import { hallConfigSchema } from './hall-config-schema';

type Config = Record<string, unknown>;

/** A valid hall with one of everything the cross-checks look at. */
function validHall(): Config {
  return {
    hall: { name: { vi: 'Trung tâm thử', en: 'Test center' }, address: 'Số 1' },
    hours: {
      sessions: [
        { name: 'morning', start: '07:30', end: '11:30' },
        { name: 'afternoon', start: '13:30', end: '17:00' },
      ],
      saturdaySessions: ['morning'],
      holidays: ['2026-09-02'],
      makeUpDays: ['2026-09-05'],
    },
    departments: [{ code: 'tp', agencyCode: '000.00.08.H40', name: { vi: 'Sở Tư pháp', en: 'Justice' } }],
    services: [
      { code: 'tu-phap', prefix: 'A', department: 'tp', name: { vi: 'Tư pháp', en: 'Justice' }, sessions: ['morning'] },
      { code: 'ho-tich', prefix: 'B', department: 'tp', name: { vi: 'Hộ tịch', en: 'Civil status' } },
    ],
    counters: [{ number: 1, services: ['tu-phap', 'ho-tich'], name: { vi: 'Quầy 1', en: 'Counter 1' } }],
    procedures: [
      {
        code: '1.004227',
        name: 'Đăng ký khai sinh',
        field: 'Hộ tịch',
        department: 'tp',
        service: 'ho-tich',
        processingTime: { inPerson: 'Trong ngày' },
        processingDays: 0,
        fee: 'Miễn phí',
        documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
        forms: [{ name: 'Tờ khai', url: 'https://dichvucong.gov.vn/to-khai.docx' }],
      },
    ],
    staff: [{ username: 'canbo01', name: 'Cán bộ 1', role: 'officer' }],
    devices: [{ id: 'kiosk-1', name: 'Kiosk 1', role: 'kiosk' }],
    appointments: { services: ['tu-phap'], reminderAt: '16:00' },
    returns: { service: 'ho-tich' },
  };
}

/** A copy of the valid hall with `edit` applied to it. */
function hallWith(edit: (c: Config) => void): Config {
  const config = validHall();
  edit(config);
  return config;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the edits below poke into a plain object built above */
const BAD_HALLS: Record<string, (c: any) => void> = {
  'a code with a space': (c) => (c.departments[0].code = 'tư pháp'),
  'a time without its leading zero': (c) => (c.hours.sessions[0].start = '7:30'),
  'a date in another format': (c) => (c.hours.holidays = ['2/9/2026']),
  'a date that does not exist': (c) => (c.hours.holidays = ['2026-02-30']),
  'a session ending before it starts': (c) => (c.hours.sessions[1].end = '12:00'),
  'an agency code in lower case': (c) => (c.departments[0].agencyCode = 'abc def'),
  'a prefix of three lower-case letters': (c) => (c.services[0].prefix = 'abc'),
  'a procedure code of letters': (c) => (c.procedures[0].code = 'KS-01'),
  'a form link that is no link': (c) => (c.procedures[0].forms[0].url = 'to khai'),
  'a username in capitals': (c) => (c.staff[0].username = 'Can Bo'),
  'a logo that is not a data URL': (c) => (c.hall.logo = 'logo.png'),
  'a reminder time in English': (c) => (c.appointments.reminderAt = '4pm'),
  'an SMS gateway on ftp': (c) => (c.notifications = { sender: { kind: 'http_sms', url: 'ftp://sms.example' } }),
  'a Zalo URL on ftp': (c) => (c.notifications = { sender: { kind: 'zalo_oa', url: 'ftp://zalo.example', accessToken: 't' } }),
  'a header name with a space': (c) =>
    (c.notifications = { sender: { kind: 'http_sms', url: 'https://sms.example', headers: { 'x api key': 'k' }, idempotencyHeader: 'request id' } }),
  'duplicates of every kind': (c) => {
    c.departments.push({ ...c.departments[0] });
    c.services.push({ ...c.services[0] });
    c.counters.push({ ...c.counters[0] });
    c.procedures.push({ ...c.procedures[0] });
    c.staff.push({ ...c.staff[0] });
    c.devices.push({ ...c.devices[0] });
    c.hours.sessions.push({ ...c.hours.sessions[0] });
  },
  'references to nothing': (c) => {
    c.services[1].department = 'xay-dung';
    c.services[0].sessions = ['evening'];
    c.hours.saturdaySessions = ['evening'];
    c.appointments.services = ['dat-dai'];
    c.counters[0].services = ['dat-dai'];
    c.returns.service = 'dat-dai';
    c.procedures[0].service = 'dat-dai';
    c.procedures[0].department = 'xay-dung';
  },
  'overlapping processing sessions': (c) =>
    (c.processing = { sessions: [{ start: '07:00', end: '11:30' }, { start: '11:00', end: '17:00' }] }),
  'a make-up day that is also a holiday': (c) => (c.hours.makeUpDays = ['2026-09-02']),
  'zod’s own rules': (c) => {
    delete c.hall.address;
    c.hall.colour = 'red';
    c.hall.name.vi = '';
    c.counters[0].number = 1.5;
    c.queue = { ratingScale: 4, order: 'newest', recallLimit: 11, starvationMinutes: 0 };
    c.procedures[0].keywords = ['x'];
  },
  'a value of the wrong type': (c) => (c.counters[0].number = 'one'),
  'a sender of an unknown kind': (c) => (c.notifications = { sender: { kind: 'fax' } }),
};
/* eslint-enable @typescript-eslint/no-explicit-any */

function issuesOf(config: Config): { raw: z.core.$ZodIssue[]; described: DescribedIssue[] } {
  const parsed = hallConfigSchema.safeParse(config);
  if (parsed.success) throw new Error('expected the config to be refused');
  return { raw: parsed.error.issues, described: describeZodError(parsed.error, config) };
}

const ALL = Object.entries(BAD_HALLS).map(([name, edit]) => ({ name, ...issuesOf(hallWith(edit)) }));

/** Words the Vietnamese may share with the English: technical formats, and Vietnamese words spelt like English ones. */
const SHARED_WORDS = new Set(['hh', 'mm', 'yyyy', 'dd', 'http', 'https', 'true', 'false', 'png', 'svg', 'data', 'image', 'base64', 'in']);

/** Field names (`services`, `hours`) appear in both languages, as the file spells them. */
function fieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      names.add(key.toLowerCase());
      walk(value);
    }
  };
  walk(validHall());
  for (const key of ['processing', 'notifications', 'queue', 'sender', 'logo', 'colour', 'keywords', 'forms', 'url']) names.add(key);
  return names;
}

/** The words of a sentence, once quoted values and paths (`hours.sessions[0]`) are taken out. */
function wordsOf(text: string): string[] {
  return text
    .replace(/"[^"]*"/g, ' ')
    .split(/\s+/)
    .filter((token) => !/[[\].:/_]|\d/.test(token))
    .flatMap((token) => token.toLowerCase().split(/[^a-zà-ỹđ]+/u))
    .filter((word) => word.length >= 2);
}

describe('config problems in Vietnamese', () => {
  it('reaches every message the schemas registered with reason()', () => {
    const reached = new Set(ALL.flatMap((c) => c.raw.flatMap((i) => (i.code === 'invalid_key' ? i.issues.map((k) => k.message) : [i.message]))));
    const missed = [...registeredReasons().keys()].filter((en) => !reached.has(en));
    expect(missed).toEqual([]);
    expect(registeredReasons().size).toBeGreaterThanOrEqual(14);
  });

  it('gives each problem a Vietnamese reason with no English word left in it', () => {
    const english = new Set(ALL.flatMap((c) => c.described.flatMap((i) => wordsOf(i.en))));
    const fields = fieldNames();
    for (const { name, described } of ALL) {
      expect(described.length, name).toBeGreaterThan(0);
      for (const issue of described) {
        const left = wordsOf(issue.vi).filter((w) => english.has(w) && !fields.has(w) && !SHARED_WORDS.has(w));
        expect(left, `${name}: ${issue.vi}`).toEqual([]);
        expect(issue.vi, name).not.toBe(issue.en);
      }
    }
  });

  it('reads naturally: a whole number, not empty, an unknown field, the value found', () => {
    const byPath = new Map(ALL.flatMap((c) => c.described.map((i) => [`${c.name}: ${i.path.join('.')}`, i.vi] as const)));
    expect(byPath.get('zod’s own rules: counters.0.number')).toBe('phải là một số nguyên (đang là 1.5)');
    expect(byPath.get('zod’s own rules: hall.name.vi')).toBe('không được để trống (đang là "")');
    expect(byPath.get('zod’s own rules: hall.address')).toBe('đang thiếu; trường này là bắt buộc');
    expect(byPath.get('zod’s own rules: hall.colour')).toBe('trường không có trong cấu hình hội trường (kiểm tra chính tả và thụt lề)');
    expect(byPath.get('zod’s own rules: queue.ratingScale')).toBe('phải là một trong các giá trị 3, 5 (đang là 4)');
    expect(byPath.get('zod’s own rules: queue.recallLimit')).toBe('không được lớn hơn 10 (đang là 11)');
    expect(byPath.get('zod’s own rules: queue.starvationMinutes')).toBe('phải từ 1 trở lên (đang là 0)');
    expect(byPath.get('zod’s own rules: procedures.0.keywords.0')).toBe('phải có ít nhất 2 ký tự (đang là "x")');
    expect(byPath.get('a value of the wrong type: counters.0.number')).toBe('phải là một số (đang là "one")');
    expect(byPath.get('a prefix of three lower-case letters: services.0.prefix')).toBe('phải là 1–2 chữ cái in hoa hoặc chữ số (đang là "abc")');
    expect(byPath.get('a sender of an unknown kind: notifications.sender.kind')).toBe('không phải là một loại được phép (đang là "fax")');
    expect(byPath.get('a header name with a space: notifications.sender.headers.x api key')).toBe(
      'tên phải là một tên tiêu đề HTTP gồm chữ cái, chữ số hoặc -, tối đa 64 ký tự (đang là "x api key")',
    );
    expect(byPath.get('references to nothing: services.1.department')).toBe('đơn vị "xay-dung" không có trong danh sách departments');
    expect(byPath.get('duplicates of every kind: services.2.prefix')).toBe('chữ đầu số "A" bị trùng (đã dùng ở services[0])');
    // A list too short counts items.
    const short = z.strictObject({ sessions: z.array(z.string()).min(2) });
    const input = { sessions: ['morning'] };
    const parsed = short.safeParse(input);
    expect(parsed.success || describeZodError(parsed.error, input)[0]).toEqual({
      path: ['sessions'],
      vi: 'phải có ít nhất 2 mục (đang là một danh sách 1 mục)',
      en: 'must have at least 2 items (found a list of 1)',
    });
  });

  it('keeps the English as it was', () => {
    const prefix = ALL.find((c) => c.name === 'a prefix of three lower-case letters')?.described[0];
    expect(prefix?.en).toBe('must be 1–2 capital letters or digits (found "abc")');
    const missing = ALL.find((c) => c.name === 'references to nothing')?.described.find((i) => i.path.join('.') === 'returns.service');
    expect(missing?.en).toBe('unknown service "dat-dai" (not in the services list)');
  });

  it('leaves no schema message outside reason(): a plain string given to zod would have no Vietnamese', () => {
    for (const file of ['hall-config-schema.ts', 'appointments-schema.ts', 'notifications-schema.ts']) {
      const source = readFileSync(join(import.meta.dirname, file), 'utf8');
      // `.regex(pattern, 'words')`, `.refine(check, 'words')`, `.url('words')`, `message: 'words'`: words outside reason().
      const bare = source.match(/(?<=\.(?:regex|refine)\([^'"`\n]*?,\s*|\.url\(\s*|message:\s*)['"`][^'"`\n]*/g) ?? [];
      expect(bare, file).toEqual([]);
      // `.regex(pattern)` alone: zod's own English ("Invalid string: must match pattern …") would reach the administrator.
      const silent = source.match(/\.regex\((?:\/(?:[^/\\\n]|\\.)*\/[a-z]*|[A-Z_]+)\)/g) ?? [];
      expect(silent, file).toEqual([]);
    }
  });
});
