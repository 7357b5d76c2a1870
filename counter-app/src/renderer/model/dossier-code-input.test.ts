import { describe, expect, it } from 'vitest';
import { dossierCodeFrom } from './dossier-code-input';

describe('dossier code from typed text or the receipt QR', () => {
  it('accepts a typed code, any case, with spaces around', () => {
    expect(dossierCodeFrom(' 000.00.01.h40-261123-0001 ')).toBe('000.00.01.H40-261123-0001');
  });
  it('reads the code out of the tracking URL the QR holds', () => {
    expect(dossierCodeFrom('http://10.0.0.2:8080/d/000.00.01.H40-261123-0007')).toBe('000.00.01.H40-261123-0007');
    expect(dossierCodeFrom('http://localhost:8080/d/000.00.01.H40-261123-0007?x=1')).toBe('000.00.01.H40-261123-0007');
    expect(dossierCodeFrom('http://h/d/000.00.01.H40%2D261123%2D0007')).toBe('000.00.01.H40-261123-0007');
    // The receipt's QR holds the tracking code: kept whole, the key lets the return desk open it.
    expect(dossierCodeFrom('http://10.0.0.2:8080/d/000.00.01.H40-261123-0007-K7QX3M')).toBe('000.00.01.H40-261123-0007-K7QX3M');
    expect(dossierCodeFrom('000.00.01.h40-261123-0007-k7qx3m')).toBe('000.00.01.H40-261123-0007-K7QX3M');
  });
  it('refuses anything else', () => {
    expect(dossierCodeFrom('A015')).toBeNull();
    expect(dossierCodeFrom('http://h/t/abc')).toBeNull();
    expect(dossierCodeFrom('http://h/d/%E0%A4%A')).toBeNull();
    expect(dossierCodeFrom('')).toBeNull();
  });
});
