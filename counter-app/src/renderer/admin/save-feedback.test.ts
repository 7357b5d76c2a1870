import { describe, expect, it } from 'vitest';
import { luotError } from '@luot/protocol';
import type { ConfigRefusal } from './config-api';
import { fieldIssuesOf, issuesAt, normalizePath, reasonProblem, safePathOf } from './save-feedback';

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
      refusal('invalid_payload', {
        issues: [
          { path: 'services[1].prefix', message: 'trùng' },
          { path: 'services.1.name.vi', message: 'trống' },
          { path: 'counters[0].services[0]', message: { vi: 'không có', en: 'unknown' } },
        ],
      }),
    );
    expect(issuesAt(issues, 'services.1.prefix')).toEqual(['trùng']);
    expect(issuesAt(issues, 'services[1]', true)).toEqual(['trùng', 'trống']);
    expect(issuesAt(issues, 'services.10', true)).toEqual([]);
  });
  it("falls back to the error's single field when there is no issue list", () => {
    const issues = fieldIssuesOf({ ...luotError('invalid_payload'), field: 'hall.address' });
    expect(issuesAt(issues, 'hall.address')).toHaveLength(1);
    expect(fieldIssuesOf(null).size).toBe(0);
  });
  it('offers the safe path that fits the refusal', () => {
    expect(safePathOf(refusal('service_has_waiting_tickets'))).toBe('move-waiting-tickets');
    expect(safePathOf(refusal('prefix_change_mid_day'))).toBe('apply-tomorrow');
    expect(safePathOf(refusal('counter_has_officer'))).toBe('sign-officer-out');
    expect(safePathOf(refusal('forbidden'))).toBeNull();
  });
  it('asks for a one-line reason', () => {
    expect(reasonProblem('  ')).toBe('empty');
    expect(reasonProblem('x'.repeat(201))).toBe('too-long');
    expect(reasonProblem('Thêm dịch vụ mới')).toBeNull();
  });
});
