import { luotError } from '@luot/protocol/plain';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';

describe('refusalOf', () => {
  it('reads the hub’s typed refusal from a connect error', () => {
    const err = Object.assign(new Error('unauthenticated'), { data: luotError('unauthenticated') });
    expect(refusalOf(err)).toMatchObject({ code: 'unauthenticated' });
  });
  it('sees no refusal in a network error', () => {
    expect(refusalOf(new Error('xhr poll error'))).toBeNull();
    expect(refusalOf(Object.assign(new Error('websocket error'), { data: 'x' }))).toBeNull();
    expect(refusalOf(null)).toBeNull();
  });
});
