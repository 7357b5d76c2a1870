import { describe, expect, it } from 'vitest';
import { luotError } from '@luot/protocol';
import type { ConfigRefusal } from './config-api';
import { fieldIssuesOf, issuesAt, normalizePath, reasonProblem, refusalFromProblems, safePathOf } from './save-feedback';

const refusal = (code: string, extra: Partial<ConfigRefusal> = {}): ConfigRefusal => ({
  ...luotError('invalid_payload'),
  code: code as ConfigRefusal['code'],
  ...extra,
});

describe('save feedback', () => {
  it('reads every spelling of a field path the same way', () => {
    expect(normalizePath('services[2].prefix')).toBe('services.2.prefix');
    expect(normalizePath(['services', 2, 'prefix'])).toBe('services.2.prefix');
    expect(normalizePath('services.2.prefix')).toBe('services.2.prefix');
  });
  it('puts each issue under its field, and a whole row finds its fields', () => {
    const issues = fieldIssuesOf(
      refusal('invalid_config', {
        problems: [
          { code: 'invalid_config', path: 'services[1].prefix', message: { vi: 'trùng', en: 'duplicate' } },
          { code: 'invalid_config', path: 'services.1.name.vi', message: { vi: 'trống', en: 'empty' } },
          { code: 'invalid_config', path: 'counters[0].services[0]', message: { vi: 'không có', en: 'unknown' } },
        ],
      }),
    );
    expect(issuesAt(issues, 'services.1.prefix')).toEqual([{ vi: 'trùng', en: 'duplicate' }]);
    expect(issuesAt(issues, 'services[1]', true)).toEqual([
      { vi: 'trùng', en: 'duplicate' },
      { vi: 'trống', en: 'empty' },
    ]);
    expect(issuesAt(issues, 'services.10', true)).toEqual([]);
  });
  it("falls back to the error's single field when there is no issue list", () => {
    const issues = fieldIssuesOf({ ...luotError('invalid_payload'), field: 'hall.address' });
    expect(issuesAt(issues, 'hall.address')).toHaveLength(1);
    expect(fieldIssuesOf(null).size).toBe(0);
  });
  it('offers the safe path that fits the refusal', () => {
    expect(safePathOf(refusal('service_has_waiting_tickets'))).toBe('move-waiting-tickets');
    expect(safePathOf(refusal('numbering_change_mid_day'))).toBe('apply-tomorrow');
    // The hub may answer invalid_config with the safety rule among its problems.
    expect(
      safePathOf(refusal('invalid_config', { problems: [{ code: 'service_has_waiting_tickets', path: 'services[0]', message: { vi: 'x', en: 'x' } }] })),
    ).toBe('move-waiting-tickets');
    expect(safePathOf(refusal('counter_has_officer'))).toBe('sign-officer-out');
    expect(safePathOf(refusal('forbidden'))).toBeNull();
  });
  it("reads a dry run's problems next to the fields, and as a refusal when the change was not written", () => {
    const problems = [{ code: 'numbering_change_mid_day', path: 'services[0].prefix', message: { vi: 'từ ngày mai', en: 'tomorrow' } }];
    expect(issuesAt(fieldIssuesOf(null, problems), 'services.0.prefix')).toHaveLength(1);
    const refused = refusalFromProblems(problems);
    expect(refused?.code).toBe('numbering_change_mid_day');
    expect(safePathOf(refused)).toBe('apply-tomorrow');
    expect(refusalFromProblems([])).toBeNull();
  });
  it('asks for a one-line reason', () => {
    expect(reasonProblem('  ')).toBe('empty');
    expect(reasonProblem('x'.repeat(201))).toBe('too-long');
    expect(reasonProblem('Thêm dịch vụ mới')).toBeNull();
  });
});
