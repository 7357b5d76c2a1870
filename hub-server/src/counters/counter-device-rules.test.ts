import { describe, expect, it } from 'vitest';
import { checkCounterDevice } from './counter-device-rules';

describe('checkCounterDevice', () => {
  it('lets any connection open any counter when the hall does not bind them', () => {
    expect(checkCounterDevice(2, { bound: false, device: 'counter-pc-2' }, undefined)).toEqual({ ok: true, value: null });
  });
  it('opens a bound counter only from its own PC', () => {
    const binding = { bound: true, device: 'counter-pc-2' };
    expect(checkCounterDevice(2, binding, 'counter-pc-2')).toEqual({ ok: true, value: null });
    expect(checkCounterDevice(2, binding, 'counter-pc-5')).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'device' } });
    expect(checkCounterDevice(2, binding, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: { vi: 'Quầy 2 chỉ mở được từ máy tính của quầy này.' } },
    });
  });
  it('refuses a bound hall’s counter that has no PC assigned, saying so', () => {
    expect(checkCounterDevice(7, { bound: true, device: undefined }, 'counter-pc-7')).toMatchObject({ ok: false, error: { message: { vi: expect.stringContaining('chưa được gắn') } } });
  });
});
