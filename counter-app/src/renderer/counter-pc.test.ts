import { describe, expect, it } from 'vitest';
import { luotError } from '@luot/protocol';
import { counterPcCanPair, counterPcDeviceToken } from './counter-pc';
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

describe('pairing a counter PC', () => {
  it('is offered in the shell only, and only while it holds no device token', async () => {
    const save = () => Promise.resolve(true);
    expect(await counterPcCanPair({ luotCounterPc: { deviceToken: () => Promise.resolve(null), savePairedToken: save } })).toBe(true);
    expect(await counterPcCanPair({ luotCounterPc: { deviceToken: () => Promise.resolve('counter-pc-token-1'), savePairedToken: save } })).toBe(false);
    expect(await counterPcCanPair({ luotCounterPc: { deviceToken: () => Promise.resolve(null) } })).toBe(false);
    expect(await counterPcCanPair({})).toBe(false);
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
