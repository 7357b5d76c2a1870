import { describe, expect, it } from 'vitest';
import { extractDossierCode } from './receipt-code';

describe('dossier code from a scan or typing', () => {
  it('reads the code from the receipt QR URL', () => {
    expect(extractDossierCode('http://localhost:8080/d/000.00.06.H56-261127-0001')).toBe('000.00.06.H56-261127-0001');
    // Receipts print the tracking code (code and check key): the public lookup needs the key, so it is kept.
    expect(extractDossierCode('http://localhost:8080/d/000.00.06.H56-261127-0001-K7QX3M')).toBe('000.00.06.H56-261127-0001-K7QX3M');
    expect(extractDossierCode(' 000.00.06.h56-261127-0001-k7qx3m ')).toBe('000.00.06.H56-261127-0001-K7QX3M');
    expect(extractDossierCode('https://dichvucong.example.vn/hall/d/000.00.06.H56-261127-0001?lang=en#top\r\n')).toBe('000.00.06.H56-261127-0001');
    expect(extractDossierCode('http://hub/d/000.00.06.h56-261127-0001/')).toBe('000.00.06.H56-261127-0001');
    expect(extractDossierCode('http://hub/d/000.00.06.H56%2D261127%2D0001')).toBe('000.00.06.H56-261127-0001');
  });

  it('takes a typed code in any case', () => {
    expect(extractDossierCode(' 000.00.06.h56-261127-0001 ')).toBe('000.00.06.H56-261127-0001');
  });

  it('refuses what is not a dossier code', () => {
    expect(extractDossierCode('')).toBeNull();
    expect(extractDossierCode('000.00.06.H56-261127-1')).toBeNull();
    expect(extractDossierCode('http://hub/t/abc')).toBeNull();
    expect(extractDossierCode('http://hub/d/%E0%A4%A')).toBeNull();
    expect(extractDossierCode('046201000152||Võ Việt Dũng|30072001|Nam|Thôn 1|10072021')).toBeNull();
  });
});
