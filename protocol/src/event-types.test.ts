import { describe, expect, it } from 'vitest';
import { isLuotError } from './event-types';
import { luotError } from './error-codes';

describe('isLuotError', () => {
  it('accepts an error the hub builds', () => {
    expect(isLuotError(luotError('unauthenticated'))).toBe(true);
  });
  it('refuses what is not one', () => {
    for (const value of [null, undefined, 'unauthenticated', { code: 'x' }, { code: 1, message: {} }, { code: 'x', message: null }, { code: 'x', message: { vi: 'a' } }]) {
      expect(isLuotError(value)).toBe(false);
    }
  });
});
