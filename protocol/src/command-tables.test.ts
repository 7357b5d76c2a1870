import { describe, expect, it } from 'vitest';
import type { CommandTable, PayloadIn } from './command-table';
import { COMMAND_TABLES } from './socket-events';
import type { NamespaceName } from './namespaces';

/** One valid payload per command of a table; a command added without a sample does not compile. */
type Samples<T extends CommandTable> = { [E in keyof T]: PayloadIn<T[E]> };

const commandId = 'sample-0001';
const applicant = {
  idNumber: '046201000152',
  name: 'Võ Việt Dũng',
  dateOfBirth: '2001-07-30',
  sex: 'male' as const,
  address: 'Thôn 1, Xã A, Huyện B, Tỉnh C',
  phone: '0912 345 678',
};
const dossier = 'HS-0001';
const supplement = { commandId, dossier, reason: 'Thiếu bản sao', items: ['Bản sao CCCD'] };
const setStatus = { commandId, dossier, status: 'processing' as const };

const samples: { [N in NamespaceName]: Samples<(typeof COMMAND_TABLES)[N]> } = {
  kiosk: {
    'hall:snapshot': {},
    'ticket:issue': { commandId, service: 'A' },
    'dossier:register': { commandId, procedure: '1.004227', applicant, return: { method: 'counter' } },
    'dossier:lookup': { code: '000.00.06.H56-231027-0361-K7QX3M' },
    'dossier:return-ticket': { commandId, code: '000.00.06.H56-231027-0361-K7QX3M' },
    'booking:check-in': { commandId, code: 'ab3k-7mqp' },
  },
  counter: {
    'hall:snapshot': {},
    'counter:sign-in': { commandId, counter: 3 },
    'counter:sign-out': { commandId },
    'counter:call-next': { commandId },
    'counter:call-number': { commandId, code: 'a015' },
    'counter:recall': { commandId },
    'counter:start-serving': { commandId },
    'counter:finish': { commandId, outcome: 'guided' },
    'counter:no-show': { commandId },
    'counter:transfer': { commandId, to: { service: 'B' } },
    'counter:reactivate': { commandId, ticketId: 't-1' },
    'counter:set-state': { commandId, state: 'paused', reason: 'Nghỉ trưa' },
    'ticket:rate': { commandId, ticketId: 't-1', rating: 5 },
    'dossier:get': {},
    'dossier:receive': { commandId, dossier, applicant, documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }] },
    'dossier:refuse': { commandId, dossier, reason: 'Không thuộc thẩm quyền' },
    'dossier:request-supplement': supplement,
    'dossier:set-status': setStatus,
    'dossier:mark-returned': { commandId, dossier },
    'dossier:receipt': { dossier },
    'dossier:mark-ready': { commandId, dossiers: [dossier], place: 'Quầy 5' },
  },
  display: { 'hall:snapshot': {} },
  admin: {
    'hall:snapshot': {},
    'counter:set-state': { commandId, counter: 2, state: 'closed' },
    'ticket:move': { commandId, ticketIds: ['t-1', 't-2'], toService: 'B' },
    'hall:message': { commandId, message: 'Hệ thống tạm dừng lúc 11:30' },
    'dossier:get': { dossier },
    'dossier:list': { day: '2026-12-07', status: 'received' },
    'dossier:set-status': setStatus,
    'dossier:request-supplement': supplement,
    'dossier:mark-ready': { commandId, dossiers: [dossier, 'HS-0002'], note: 'Mang theo giấy tiếp nhận' },
    'dossier:awaiting-return': {},
  },
};

describe('the command tables', () => {
  const entries = Object.entries(COMMAND_TABLES).flatMap(([ns, table]) =>
    Object.entries(table as CommandTable).map(([event, spec]) => ({ ns: ns as NamespaceName, event, spec })),
  );

  it.each(entries)("$ns $event: its schema parses a valid sample", ({ ns, event, spec }) => {
    const sample: unknown = (samples[ns] as Record<string, unknown>)[event];
    const parsed = spec.schema.safeParse(sample);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(entries)('$ns $event: has a one-line doc', ({ spec }) => {
    expect(spec.doc.trim()).not.toBe('');
    expect(spec.doc).not.toContain('\n');
  });

  // The ack marker is type-only (an empty object at run time): the compiler checks it.
  it.each(entries)('$ns $event: refuses an unknown field, and a missing commandId when it takes one', ({ ns, event, spec }) => {
    const sample = (samples[ns] as Record<string, object>)[event] ?? {};
    expect(spec.schema.safeParse({ ...sample, notInTheContract: 1 }).success).toBe(false);
    if ('commandId' in sample) {
      const withoutId: Record<string, unknown> = { ...sample };
      delete withoutId.commandId;
      expect(spec.schema.safeParse(withoutId).success).toBe(false);
    }
  });

  it('every event is named domain:verb and has a sample', () => {
    for (const { ns, event } of entries) {
      expect(event).toMatch(/^[a-z]+:[a-z-]+$/);
      expect(Object.keys(samples[ns])).toContain(event);
    }
  });
});
