import { describe, expect, it } from 'vitest';
import { hallConfigSchema, type HallConfig, type HallConfigInput } from '../core/config/hall-config-schema';
import { checkConfigChange, type HallStateForChange } from './config-change-rules';

const BASE: HallConfigInput = {
  hall: { name: { vi: 'Trung tâm', en: 'Center' }, address: 'Số 1' },
  hours: { sessions: [{ name: 'morning', start: '07:30', end: '11:30' }] },
  departments: [{ code: 'KHDT', name: { vi: 'Sở KHĐT', en: 'Planning' }, agencyCode: '000.00.06.H56' }],
  services: [
    { code: 'DKKD', name: { vi: 'Đăng ký kinh doanh', en: 'Business registration' }, department: 'KHDT', prefix: 'A' },
    { code: 'DATDAI', name: { vi: 'Đất đai', en: 'Land' }, department: 'KHDT', prefix: 'B' },
  ],
  counters: [
    { number: 1, name: { vi: 'Quầy 1', en: 'Counter 1' }, services: ['DKKD', 'DATDAI'] },
    { number: 2, name: { vi: 'Quầy 2', en: 'Counter 2' }, services: ['DATDAI'] },
  ],
};
const config = (change: (c: HallConfigInput) => HallConfigInput = (c) => c): HallConfig => hallConfigSchema.parse(change(structuredClone(BASE)));
const state = (s: Partial<HallStateForChange> = {}): HallStateForChange => ({
  waitingByService: new Map(),
  issuedTodayByService: new Map(),
  officerAtCounter: new Map(),
  ...s,
});
const withoutLand = config((c) => ({
  ...c,
  services: c.services.filter((s) => s.code !== 'DATDAI'),
  counters: [{ number: 1, name: { vi: 'Quầy 1', en: 'Counter 1' }, services: ['DKKD'] }],
}));

describe('the safety rules of a config change', () => {
  it('refuses deleting a service with people waiting, saying how many and to move them first', () => {
    const problems = checkConfigChange(config(), withoutLand, state({ waitingByService: new Map([['DATDAI', 3]]) }), 'now');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'service_has_waiting_tickets', path: 'services[1]' });
    expect(problems[0]!.message.vi).toMatch(/còn 3 người đang chờ.*chuyển các số đang chờ sang dịch vụ khác trước/);
    expect(problems[0]!.message.en).toMatch(/has 3 people waiting\. Move their tickets to another service first/);
  });

  it('lets a service with nobody waiting go, and anything go from tomorrow', () => {
    expect(checkConfigChange(config(), withoutLand, state({ waitingByService: new Map([['DKKD', 5]]) }), 'now')).toEqual([]);
    expect(checkConfigChange(config(), withoutLand, state({ waitingByService: new Map([['DATDAI', 3]]) }), 'tomorrow')).toEqual([]);
  });

  it('refuses removing a counter an officer is signed in at, naming the officer', () => {
    const oneCounter = config((c) => ({ ...c, counters: c.counters.filter((k) => k.number !== 2) }));
    const problems = checkConfigChange(config(), oneCounter, state({ officerAtCounter: new Map([[2, 'canbo02']]) }), 'now');
    expect(problems).toEqual([expect.objectContaining({ code: 'counter_has_officer', path: 'counters[1]' })]);
    expect(problems[0]!.message.vi).toContain('canbo02');
    expect(checkConfigChange(config(), oneCounter, state({ officerAtCounter: new Map([[1, 'canbo01']]) }), 'now')).toEqual([]);
  });

  it('refuses a prefix or number width change after tickets were issued today, unless from tomorrow', () => {
    const renumbered = config((c) => ({ ...c, services: c.services.map((s) => (s.code === 'DKKD' ? { ...s, prefix: 'K', numberWidth: 4 } : s)) }));
    const issued = state({ issuedTodayByService: new Map([['DKKD', 12]]) });
    const problems = checkConfigChange(config(), renumbered, issued, 'now');
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['numbering_change_mid_day', 'services[0].prefix'],
      ['numbering_change_mid_day', 'services[0].numberWidth'],
    ]);
    expect(problems[0]!.message.vi).toContain('áp dụng từ ngày mai');
    expect(checkConfigChange(config(), renumbered, state(), 'now')).toEqual([]);
    expect(checkConfigChange(config(), renumbered, issued, 'tomorrow')).toEqual([]);
  });

  it('refuses giving a prefix used today to another service (the numbers would clash)', () => {
    const swapped = config((c) => ({
      ...c,
      services: [
        { ...c.services[0]!, prefix: 'C' },
        { ...c.services[1]!, prefix: 'A' },
      ],
    }));
    const problems = checkConfigChange(config(), swapped, state({ issuedTodayByService: new Map([['DKKD', 1]]) }), 'now');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'numbering_change_mid_day', path: 'services[0].prefix' }),
      expect.objectContaining({ code: 'numbering_change_mid_day', path: 'services[1].prefix' }),
    ]);
    expect(problems[1]!.message.en).toContain('Prefix A was used today');
  });
});
