import { describe, expect, it } from 'vitest';
import { auditQuery, EMPTY_AUDIT_FILTER, isAuditAction } from './audit-filter';

describe('auditQuery', () => {
  it('asks for everything when the form is empty', () => {
    expect(auditQuery(EMPTY_AUDIT_FILTER)).toBe('');
  });
  it('takes who and what, and whole hall days for from–to', () => {
    const q = new URLSearchParams(auditQuery({ who: ' canbo01 ', action: 'personal-data-read', fromDay: '2026-11-23', toDay: '2026-11-24' }));
    expect(q.get('who')).toBe('canbo01');
    expect(q.get('action')).toBe('personal-data-read');
    expect(Number(q.get('from'))).toBe(Date.parse('2026-11-23T00:00:00+07:00'));
    expect(Number(q.get('to'))).toBe(Date.parse('2026-11-25T00:00:00+07:00'));
  });
  it('knows the actions the hub records', () => {
    expect(isAuditAction('sign-in')).toBe(true);
    expect(isAuditAction('dance')).toBe(false);
  });
});
