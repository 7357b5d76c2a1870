import { describe, expect, it } from 'vitest';
import { luotError } from '@luot/protocol';
import { counterPcDeviceToken } from './counter-pc';
import { noticeForRefusal } from './counter-pc-refusal';

describe('the counter PC’s device token in the page', () => {
  it('comes from the shell’s bridge, and is absent in a plain browser', async () => {
    expect(await counterPcDeviceToken({ luotCounterPc: { deviceToken: () => Promise.resolve('counter-pc-token-1') } })).toBe('counter-pc-token-1');
    expect(await counterPcDeviceToken({})).toBeUndefined();
    expect(await counterPcDeviceToken({ luotCounterPc: { deviceToken: () => Promise.resolve(null) } })).toBeUndefined();
    expect(await counterPcDeviceToken({ luotCounterPc: { deviceToken: () => Promise.resolve('') } })).toBeUndefined();
  });

  it('is absent when the bridge fails, so a hall that binds nothing still opens', async () => {
    expect(await counterPcDeviceToken({ luotCounterPc: { deviceToken: () => Promise.reject(new Error('no handler')) } })).toBeUndefined();
  });
});

describe('refusals said in the app’s words', () => {
  it('names the counter bound to its PC, and a token that is not a counter PC’s', () => {
    expect(noticeForRefusal(luotError('forbidden', undefined, 'device'), 4)).toEqual({ kind: 'text', key: 'signIn.counterBoundToPc', params: { number: 4 }, alert: true });
    expect(noticeForRefusal(luotError('forbidden', undefined, 'deviceToken'), 4)).toEqual({ kind: 'text', key: 'signIn.deviceTokenNotCounterPc', alert: true });
  });

  it('leaves every other refusal as the hub said it', () => {
    const taken = luotError('counter_taken');
    expect(noticeForRefusal(taken, 4)).toEqual({ kind: 'error', error: taken });
    const forbidden = luotError('forbidden');
    expect(noticeForRefusal(forbidden, 4)).toEqual({ kind: 'error', error: forbidden });
  });
});
