import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, isSealed, keyIdOf, keyIdOfSealed, SealError } from './field-cipher';

const at = { table: 'dossiers', column: 'applicant_name', rowId: 'd1' };

describe('sealing a personal value', () => {
  const key = randomBytes(32);
  const cipher = createFieldCipher(key);

  it('opens what it sealed, names its key, and shows nothing of the value', () => {
    const sealed = cipher.seal('Võ Việt Dũng', at);
    expect(isSealed(sealed)).toBe(true);
    expect(keyIdOfSealed(sealed)).toBe(keyIdOf(key));
    expect(sealed).not.toContain('Dũng');
    expect(cipher.open(sealed, at)).toBe('Võ Việt Dũng');
  });

  it('uses a new nonce for each value: the same name seals differently', () => {
    expect(cipher.seal('046201000152', at)).not.toBe(cipher.seal('046201000152', at));
  });

  it('refuses a value moved to another row or column, changed, or sealed with another key', () => {
    const sealed = cipher.seal('046201000152', at);
    expect(() => cipher.open(sealed, { ...at, rowId: 'd2' })).toThrow(SealError);
    expect(() => cipher.open(sealed, { ...at, column: 'applicant_address' })).toThrow(SealError);
    const flipped = sealed.slice(0, -3) + (sealed.at(-3) === 'A' ? 'B' : 'A') + sealed.slice(-2);
    expect(() => cipher.open(flipped, at)).toThrow(SealError);
    expect(() => createFieldCipher(randomBytes(32)).open(sealed, at)).toThrow(/sealed with key/);
  });

  it('fingerprints a value the same way each time, per purpose and per key, without showing it', () => {
    const print = cipher.fingerprint('0912345678', 'outbox');
    expect(print).toBe(cipher.fingerprint('0912345678', 'outbox'));
    expect(print).not.toContain('0912345678');
    expect(cipher.fingerprint('0912345679', 'outbox')).not.toBe(print);
    expect(cipher.fingerprint('0912345678', 'other')).not.toBe(print);
    expect(createFieldCipher(randomBytes(32)).fingerprint('0912345678', 'outbox')).not.toBe(print);
  });

  it('takes only a 32-byte key', () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow(SealError);
  });
});
