/**
 * The hall's config file (JSON or YAML), validated with zod. Everything here
 * can also be changed later in the admin screens; the file seeds a new hall.
 */
import { z } from 'zod';
import { hallLogoSchema, PRIORITY_CLASSES, PROCEDURE_CODE_PATTERN, TICKET_PREFIX_PATTERN } from '@luot/protocol';
import { appointmentsSchema } from './appointments-schema';
import { addReasonIssue, reason } from './config-reason';
import { notificationsSchema } from './notifications-schema';

const localized = z.strictObject({ vi: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const code = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, reason('letters, digits, _ or -, at most 32', 'chữ cái, chữ số, _ hoặc -, tối đa 32 ký tự'));
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z.string().regex(CLOCK_TIME, reason('a time HH:mm such as 07:30', 'một giờ dạng HH:mm, ví dụ 07:30'));
/** True for a date that exists on the calendar (2026-02-30 does not). */
const isCalendarDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, reason('a date YYYY-MM-DD', 'một ngày dạng YYYY-MM-DD'))
  .refine(isCalendarDay, reason('a date that exists on the calendar', 'một ngày có thật trên lịch'));

// The protocol's `hallLogoSchema` gives zod this noun in English; the hall config, which shows it, says it in Vietnamese.
reason('a PNG or SVG data URL (data:image/png;base64,…)', 'một ảnh PNG hoặc SVG dạng data:image/png;base64,…');

const SESSION_ENDS_AFTER_START = reason('the session must end after it starts', 'buổi phải kết thúc sau giờ bắt đầu');

export const sessionSchema = z
  .strictObject({ name: z.string().min(1).max(40), start: clockTime, end: clockTime })
  // Compare only well-formed times: "7:30" is already reported and would sort after "11:30".
  .refine((s) => !CLOCK_TIME.test(s.start) || !CLOCK_TIME.test(s.end) || s.start < s.end, {
    message: SESSION_ENDS_AFTER_START,
    path: ['end'],
  });

export const hoursSchema = z.strictObject({
  /** Sessions of a working day, in order (morning, afternoon). */
  sessions: z.array(sessionSchema).min(1).max(4),
  /** ISO weekdays the hall opens all sessions: 1 = Monday … 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  /** Session names the hall opens on Saturday (e.g. ["morning"]); empty when closed. */
  saturdaySessions: z.array(z.string()).default([]),
  /** Minutes before a session ends when the kiosks stop issuing tickets. */
  issuingCutOffMinutes: z.number().int().min(0).max(240).default(30),
  /** Public holidays (closed), YYYY-MM-DD. */
  holidays: z.array(isoDay).default([]),
  /**
   * Make-up working days, YYYY-MM-DD: a weekend day the hall works in full in
   * exchange for a bridge day off (the Government's yearly notice).
   */
  makeUpDays: z.array(isoDay).default([]),
});

/** One span of processing time within a working day, `HH:mm`–`HH:mm`. */
const processingSessionSchema = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((s) => !CLOCK_TIME.test(s.start) || !CLOCK_TIME.test(s.end) || s.start < s.end, {
    message: SESSION_ENDS_AFTER_START,
    path: ['end'],
  });

/** The default processing calendar (DOMAIN.md): 8 h a day, 07:00–11:30 and 13:30–17:00, Monday–Friday. */
export const DEFAULT_PROCESSING_SESSIONS = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
] as const;

/**
 * The calendar a dossier's processing time runs on (due dates), apart from
 * the hours the kiosks issue tickets: a hall may receive on Saturday morning
 * without processing on Saturday, or (a simulated hall) issue around the clock
 * while due dates still count 8-hour working days.
 */
export const processingSchema = z.strictObject({
  /** The working day's spans in order, not overlapping; together one working day. */
  sessions: z
    .array(processingSessionSchema)
    .min(1)
    .max(4)
    .default(() => DEFAULT_PROCESSING_SESSIONS.map((s) => ({ ...s }))),
  /** ISO weekdays processing time runs on: 1 = Monday … 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  /** Days off for processing, YYYY-MM-DD; when absent, the hall's `hours.holidays`. */
  holidays: z.array(isoDay).optional(),
  /** Make-up working days processing time runs on, YYYY-MM-DD; when absent, the hall's `hours.makeUpDays`. */
  makeUpDays: z.array(isoDay).optional(),
});

export const priorityRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('strict') }),
  /** One priority ticket, then up to `every` regular tickets. */
  z.strictObject({ kind: z.literal('interleave'), every: z.number().int().min(1).max(50) }),
]);

export const queueRulesSchema = z.strictObject({
  priorityRule: priorityRuleSchema.default({ kind: 'strict' }),
  /** After priority: the counter's service preference, or simply the oldest ticket. */
  order: z.enum(['preference', 'oldest']).default('preference'),
  /** A ticket waiting this long is called before preference applies (anti-starvation). */
  starvationMinutes: z.number().int().min(1).max(480).default(30),
  recallLimit: z.number().int().min(0).max(10).default(3),
  /** Start serving as soon as a ticket is called (no separate "start" action). */
  autoStartServing: z.boolean().default(false),
  ratingScale: z.union([z.literal(3), z.literal(5)]).default(3),
  ratingTimeoutSeconds: z.number().int().min(5).max(300).default(30),
  /** Default service time used for estimates before a service has history. */
  defaultServiceMinutes: z.number().min(1).max(120).default(8),
});

/**
 * How long the hall keeps what it no longer needs (Decree 13/2023: personal
 * data only as long as its purpose). A dossier is closed when returned,
 * refused, withdrawn or stopped; its row stays (reports count it) but the
 * applicant's ID number, name, birth date, address, phone and email are
 * erased. Defaults as in the README ("Personal data").
 */
export const retentionSchema = z.strictObject({
  /** Days after a dossier is closed before its applicant's personal data is erased. */
  dossierPersonalDays: z.number().int().min(0).max(3650).default(90),
  /** Days after a dossier is closed before its phone number is erased (it only served to say the result was ready). */
  phoneDays: z.number().int().min(0).max(3650).default(0),
  /** Days a staff session is kept after it expired or was signed out. */
  sessionDays: z.number().int().min(0).max(3650).default(30),
  /** Days command records (the retry memory) are kept; at least 2, as the hub remembers the last day's. */
  commandDays: z.number().int().min(2).max(3650).default(7),
  /** Days the staff audit log is kept; at least a year. */
  auditDays: z.number().int().min(365).max(3650).default(730),
  /** Local time of the daily run (it also runs once at start). */
  dailyAt: clockTime.default('03:30'),
});

export const departmentSchema = z.strictObject({
  code,
  name: localized,
  icon: z.string().min(1).max(40).default('building'),
  /** Agency code that prefixes the department's dossier codes, e.g. 000.00.06.H56. */
  agencyCode: z.string().regex(/^[A-Z0-9.]{1,30}$/, reason('an agency code such as 000.00.06.H56', 'một mã cơ quan, ví dụ 000.00.06.H56')),
});

export const serviceSchema = z.strictObject({
  code,
  name: localized,
  department: code,
  prefix: z.string().regex(TICKET_PREFIX_PATTERN, reason('1–2 capital letters or digits', '1–2 chữ cái in hoa hoặc chữ số')),
  numberWidth: z.number().int().min(1).max(5).default(3),
  dailyCap: z.number().int().min(1).max(99999).default(999),
  /** Optional cap per session (morning, afternoon). */
  sessionCap: z.number().int().min(1).max(99999).optional(),
  /** Session names this service runs in; all sessions when absent. */
  sessions: z.array(z.string()).optional(),
  priorities: z.array(z.enum(PRIORITY_CLASSES)).default([...PRIORITY_CLASSES]),
  /** The wait the hall aims for (minutes): reports give the share of served tickets called within it. */
  targetWaitMinutes: z.number().int().min(1).max(600).optional(),
});

export const counterSchema = z.strictObject({
  number: z.number().int().min(1).max(999),
  name: localized,
  area: z.string().min(1).max(60).default('main'),
  /** Service codes in order of preference. */
  services: z.array(code).min(1),
  /** The id of the counter PC enrolled for this counter (a device of role `counter`); see `security.countersBoundToDevices`. */
  device: code.optional(),
});

export const procedureSchema = z.strictObject({
  code: z.string().regex(PROCEDURE_CODE_PATTERN, reason('a national procedure code such as 1.004227', 'một mã thủ tục quốc gia, ví dụ 1.004227')),
  name: z.string().min(3).max(500),
  field: z.string().min(1).max(200),
  department: code,
  service: code,
  level: z.enum(['province', 'commune']).default('province'),
  processingTime: z.strictObject({ inPerson: z.string().min(1).max(200), online: z.string().max(200).optional() }),
  processingDays: z.number().min(0).max(365),
  fee: z.string().min(1).max(300),
  documents: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(300),
        originals: z.number().int().min(0).max(20),
        copies: z.number().int().min(0).max(20),
      }),
    )
    .min(1),
  onlineLevel: z.enum(['partial', 'full']).optional(),
  /** Citizens' words for the procedure ("sổ đỏ", "giấy khai sinh"), searched by the kiosk. */
  keywords: z.array(z.string().trim().min(2).max(100)).max(30).optional(),
  /** The procedure's forms (tờ khai, mẫu đơn) to download, each a name and a link. */
  forms: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(300), url: z.string().url(reason('a link such as https://dichvucong.gov.vn/…', 'một đường liên kết, ví dụ https://dichvucong.gov.vn/…')).max(500) }))
    .max(20)
    .optional(),
});

/** The hall's security settings (issue 15). */
export const securitySchema = z.strictObject({
  /** A device token unused this many days is refused with `device_token_expired` until the admin rotates it. */
  deviceTokenIdleDays: z.number().int().min(1).max(3650).default(90),
  /**
   * Counters bound to their PCs: a counter opens only from the counter PC
   * enrolled for it (its `device`), with the officer's sign-in on top; off by default.
   */
  countersBoundToDevices: z.boolean().default(false),
});

export const staffSchema = z.strictObject({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/, reason('lower-case letters, digits, . _ -', 'chữ thường, chữ số, . _ -')),
  name: z.string().min(1).max(100),
  role: z.enum(['officer', 'supervisor', 'admin']),
  /** Demo halls only: an initial password. A real hall sets passwords in the admin screen. */
  password: z.string().min(6).max(128).optional(),
});

export const deviceSchema = z.strictObject({
  id: code,
  name: z.string().min(1).max(100),
  role: z.enum(['kiosk', 'counter', 'display']),
  /** Demo halls only: a fixed enrolment token. A real hall enrols devices in the admin screen. */
  token: z.string().min(12).max(128).optional(),
});

/**
 * Returning results (issue 19): the service whose tickets the kiosk's
 * "Nhận kết quả" issues, linked to the dossier, and the default place the
 * result waits (otherwise the counters serving that service are named).
 */
export const returnsSchema = z.strictObject({
  service: code,
  place: z.string().trim().min(1).max(120).optional(),
});

/** A cross-reference to something the config does not list, in both languages. */
const unknownDepartment = (code: string) => ({
  vi: `đơn vị "${code}" không có trong danh sách departments`,
  en: `unknown department "${code}" (not in the departments list)`,
});
const unknownService = (code: string) => ({
  vi: `dịch vụ "${code}" không có trong danh sách services`,
  en: `unknown service "${code}" (not in the services list)`,
});
const unknownSession = (name: string) => ({
  vi: `buổi "${name}" không có trong hours.sessions`,
  en: `unknown session "${name}" (not in hours.sessions)`,
});

export const hallConfigSchema = z
  .strictObject({
    hall: z.strictObject({
      name: localized,
      address: z.string().min(1).max(300),
      /** Base URL printed in ticket QR codes; defaults to the hub's own address. */
      publicUrl: z.string().url().optional(),
      /** The hall's logo on tickets and boards: a PNG or SVG data URL, at most 64 KB (it rides in every snapshot). */
      logo: hallLogoSchema.optional(),
      /** The ticket's own wording: a line printed under the number (e.g. "Vui lòng chờ đến lượt"). */
      ticketFooter: z.string().trim().min(1).max(120).optional(),
      /** The message strip the boards show when the supervisor has set none. */
      boardMessage: z.string().trim().min(1).max(200).optional(),
      /** The kiosks' hall-wide choices: spoken guidance (on unless the hall mutes it) and Telex tone placement. */
      kiosk: z
        .strictObject({
          voice: z.boolean().default(true),
          toneStyle: z.enum(['modern', 'classic']).default('modern'),
        })
        .default({ voice: true, toneStyle: 'modern' }),
    }),
    hours: hoursSchema,
    processing: processingSchema.default(() => processingSchema.parse({})),
    queue: queueRulesSchema.default(() => queueRulesSchema.parse({})),
    retention: retentionSchema.default(() => retentionSchema.parse({})),
    departments: z.array(departmentSchema).min(1),
    services: z.array(serviceSchema).min(1),
    counters: z.array(counterSchema).min(1),
    procedures: z.array(procedureSchema).default([]),
    staff: z.array(staffSchema).default([]),
    devices: z.array(deviceSchema).default([]),
    security: securitySchema.default(() => securitySchema.parse({})),
    appointments: appointmentsSchema.default(() => appointmentsSchema.parse({})),
    /** Telling citizens (issue 19): the sender, the message style, the retries. */
    notifications: notificationsSchema.default(() => notificationsSchema.parse({})),
    returns: returnsSchema.optional(),
  })
  .superRefine(
    (c, ctx) => {
      // Point duplicates at the field itself (`services[3].prefix`) and name the first holder, so the admin can fix either one.
      const unique = <T, K extends keyof T & string>(items: T[], field: K, list: string, what: { vi: string; en: string }) => {
        const firstIndex = new Map<unknown, number>();
        items.forEach((item, i) => {
          const value = item[field];
          const first = firstIndex.get(value);
          if (first === undefined) firstIndex.set(value, i);
          else
            addReasonIssue(ctx, [list, i, field], {
              vi: `${what.vi} "${String(value)}" bị trùng (đã dùng ở ${list}[${first}])`,
              en: `duplicate ${what.en} "${String(value)}" (already used by ${list}[${first}])`,
            });
        });
      };
      unique(c.departments, 'code', 'departments', { vi: 'mã đơn vị', en: 'department code' });
      unique(c.services, 'code', 'services', { vi: 'mã dịch vụ', en: 'service code' });
      unique(c.services, 'prefix', 'services', { vi: 'chữ đầu số', en: 'ticket prefix' });
      unique(c.counters, 'number', 'counters', { vi: 'số quầy', en: 'counter number' });
      unique(c.procedures, 'code', 'procedures', { vi: 'mã thủ tục', en: 'procedure code' });
      unique(c.staff, 'username', 'staff', { vi: 'tên đăng nhập', en: 'username' });
      unique(c.devices, 'id', 'devices', { vi: 'mã thiết bị', en: 'device id' });
      // Services and Saturdays refer to sessions by name, so a name must mean one session.
      c.hours.sessions.forEach((s, i) => {
        const first = c.hours.sessions.findIndex((o) => o.name === s.name);
        if (first !== i)
          addReasonIssue(ctx, ['hours', 'sessions', i, 'name'], {
            vi: `tên buổi "${s.name}" bị trùng (đã dùng ở hours.sessions[${first}])`,
            en: `duplicate session name "${s.name}" (already used by hours.sessions[${first}])`,
          });
      });
      const departments = new Set(c.departments.map((d) => d.code));
      const services = new Set(c.services.map((s) => s.code));
      const sessions = new Set(c.hours.sessions.map((s) => s.name));
      c.services.forEach((s, i) => {
        if (!departments.has(s.department))
          addReasonIssue(ctx, ['services', i, 'department'], unknownDepartment(s.department));
        s.sessions?.forEach((name, j) => {
          if (!sessions.has(name))
            addReasonIssue(ctx, ['services', i, 'sessions', j], unknownSession(name));
        });
      });
      c.appointments.services.forEach((s, i) => {
        if (!services.has(s))
          addReasonIssue(ctx, ['appointments', 'services', i], unknownService(s));
      });
      c.counters.forEach((k, i) =>
        k.services.forEach((s, j) => {
          if (!services.has(s))
            addReasonIssue(ctx, ['counters', i, 'services', j], unknownService(s));
        }),
      );
      if (c.returns && !services.has(c.returns.service))
        addReasonIssue(ctx, ['returns', 'service'], unknownService(c.returns.service));
      c.procedures.forEach((p, i) => {
        if (!services.has(p.service))
          addReasonIssue(ctx, ['procedures', i, 'service'], unknownService(p.service));
        if (!departments.has(p.department))
          addReasonIssue(ctx, ['procedures', i, 'department'], unknownDepartment(p.department));
      });
      // The due-date calculator walks the spans in order: an overlap would count time twice.
      c.processing.sessions.forEach((s, i) => {
        const previous = c.processing.sessions[i - 1];
        if (previous && CLOCK_TIME.test(s.start) && CLOCK_TIME.test(previous.end) && s.start < previous.end)
          addReasonIssue(ctx, ['processing', 'sessions', i, 'start'], {
            vi: `buổi phải bắt đầu từ lúc processing.sessions[${i - 1}] kết thúc (${previous.end}) trở đi`,
            en: `the session must start at or after the end of processing.sessions[${i - 1}] (${previous.end})`,
          });
      });
      // A day cannot be both a day off and a make-up working day: the hall would not know whether to open.
      c.hours.makeUpDays.forEach((day, j) => {
        if (c.hours.holidays.includes(day))
          addReasonIssue(ctx, ['hours', 'makeUpDays', j], {
            vi: `ngày ${day} cũng có trong hours.holidays: một ngày chỉ có thể là ngày nghỉ lễ hoặc ngày làm bù`,
            en: `${day} is also listed in hours.holidays: a day is either a holiday or a make-up working day`,
          });
      });
      c.hours.saturdaySessions.forEach((name, j) => {
        if (!sessions.has(name))
          addReasonIssue(ctx, ['hours', 'saturdaySessions', j], unknownSession(name));
      });
    },
    {
      // Cross-checks also run when some fields break only their own rule (a bad time, a bad prefix),
      // so an administrator sees every problem at once; they wait only when a value has the wrong type.
      when: (payload) =>
        payload.issues.every((issue) => issue.code !== 'invalid_type' && issue.code !== 'invalid_union'),
    },
  )
  // Processing days off default to the hall's holidays, so one list serves both when they agree.
  .transform((c) => ({
    ...c,
    processing: {
      ...c.processing,
      holidays: c.processing.holidays ?? c.hours.holidays,
      makeUpDays: c.processing.makeUpDays ?? c.hours.makeUpDays,
    },
  }));

export type HallConfig = z.output<typeof hallConfigSchema>;
export type HallConfigInput = z.input<typeof hallConfigSchema>;
export type ServiceConfig = HallConfig['services'][number];
export type CounterConfig = HallConfig['counters'][number];
export type ProcedureConfig = HallConfig['procedures'][number];
export type ProcessingConfig = HallConfig['processing'];
export type RetentionPolicy = HallConfig['retention'];
