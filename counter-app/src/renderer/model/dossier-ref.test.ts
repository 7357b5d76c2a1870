import { describe, expect, it } from 'vitest';
import { dossierRef } from './dossier-ref';

describe('dossierRef', () => {
  it('names a received dossier by its tracking code, a registered one by its id', () => {
    expect(dossierRef({ id: 'd-1', trackingCode: '000.00.06.H56-261127-0001-K7QX3M' })).toBe('000.00.06.H56-261127-0001-K7QX3M');
    expect(dossierRef({ id: 'd-1', trackingCode: null })).toBe('d-1');
  });
});
