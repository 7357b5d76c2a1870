import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from './sign-in-throttle';

describe('the sign-in throttle', () => {
  it('locks an address after 10 failures for a minute, then twice as long', () => {
    let now = 0;
    const throttle = createSignInThrottle(() => now);
    for (let i = 0; i < 9; i++) throttle.failed('1.2.3.4');
    expect(throttle.lockedFor('1.2.3.4')).toBe(0);
    throttle.failed('1.2.3.4');
    expect(throttle.lockedFor('1.2.3.4')).toBe(60_000);
    expect(throttle.lockedFor('5.6.7.8')).toBe(0);
    now += 60_000;
    expect(throttle.lockedFor('1.2.3.4')).toBe(0);
    for (let i = 0; i < 10; i++) throttle.failed('1.2.3.4');
    expect(throttle.lockedFor('1.2.3.4')).toBe(120_000);
    throttle.succeeded('1.2.3.4');
    expect(throttle.lockedFor('1.2.3.4')).toBe(0);
  });
});
