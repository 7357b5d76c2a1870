import { parseDossierCode } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { nextDossierCode } from './dossier-code';

describe('nextDossierCode', () => {
  it('starts each agency and day at 0001', () => {
    expect(nextDossierCode({ agencyCode: '000.00.06.H56', day: '2023-10-27', lastSequence: 0 })).toEqual({
      ok: true,
      value: { code: '000.00.06.H56-231027-0001', sequence: 1 },
    });
  });

  it('follows the last sequence used, and the code parses back', () => {
    const r = nextDossierCode({ agencyCode: '000.00.06.H56', day: '2023-10-27', lastSequence: 360 });
    expect(r.ok && r.value.code).toBe('000.00.06.H56-231027-0361');
    expect(r.ok && parseDossierCode(r.value.code)).toEqual({ agencyCode: '000.00.06.H56', day: '2023-10-27', sequence: 361 });
  });

  it('gives 9999 and then refuses with a typed error', () => {
    const last = nextDossierCode({ agencyCode: 'H56', day: '2025-06-02', lastSequence: 9998 });
    expect(last.ok && last.value.code).toBe('H56-250602-9999');
    const r = nextDossierCode({ agencyCode: 'H56', day: '2025-06-02', lastSequence: 9999 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('daily_cap_reached');
      expect(r.error.message.vi).toContain('đã dùng hết 9999 mã hồ sơ trong ngày 2025-06-02');
    }
  });

  it.each([
    [{ agencyCode: 'h56 x', day: '2025-06-02', lastSequence: 0 }, 'agencyCode'],
    [{ agencyCode: 'H56', day: '2025-02-30', lastSequence: 0 }, 'day'],
    [{ agencyCode: 'H56', day: '02/06/2025', lastSequence: 0 }, 'day'],
    [{ agencyCode: 'H56', day: '2025-06-02', lastSequence: -1 }, 'lastSequence'],
    [{ agencyCode: 'H56', day: '2025-06-02', lastSequence: 1.5 }, 'lastSequence'],
    [{ agencyCode: 'H56', day: '2025-06-02', lastSequence: 10000 }, 'lastSequence'],
  ])('refuses bad input %j', (input, field) => {
    const r = nextDossierCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_payload');
      expect(r.error.field).toBe(field);
    }
  });
});
