import { describe, expect, it } from 'vitest';
import { KEYPAD_KEYS } from '@luot/protocol';
import { actionForKey, COUNTER_ACTIONS, KEYPAD_ACTIONS, SHORTCUT_KEYS, shortcutLabel, type KeyLike } from './shortcuts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  repeat: false,
  ...extra,
});
const free = { dialogOpen: false, typing: false };

describe('keyboard shortcuts', () => {
  it('maps the function keys and the space bar to the officer actions', () => {
    expect(actionForKey(key('F1'), free)).toBe('callNext');
    expect(actionForKey(key(' '), free)).toBe('callNext');
    expect(actionForKey(key('F2'), free)).toBe('recall');
    expect(actionForKey(key('F3'), free)).toBe('startServing');
    expect(actionForKey(key('F4'), free)).toBe('finish');
    expect(actionForKey(key('F6'), free)).toBe('noShow');
    expect(actionForKey(key('F7'), free)).toBe('transfer');
    expect(actionForKey(key('F8'), free)).toBe('callNumber');
    expect(actionForKey(key('F9'), free)).toBe('reactivate');
    expect(actionForKey(key('F10'), free)).toBe('pauseOrResume');
  });

  it('leaves reload, full screen and developer tools to the browser', () => {
    for (const k of ['F5', 'F11', 'F12']) expect(actionForKey(key(k), free)).toBeNull();
  });

  it('ignores held keys, modifier chords, keys under a dialog, and a space typed in a field', () => {
    expect(actionForKey(key('F1', { repeat: true }), free)).toBeNull();
    expect(actionForKey(key('F1', { ctrlKey: true }), free)).toBeNull();
    expect(actionForKey(key('F1'), { dialogOpen: true, typing: false })).toBeNull();
    expect(actionForKey(key(' '), { dialogOpen: false, typing: true })).toBeNull();
    expect(actionForKey(key('F1'), { dialogOpen: false, typing: true })).toBe('callNext');
  });

  it('gives no key to two actions', () => {
    const all = COUNTER_ACTIONS.flatMap((a) => SHORTCUT_KEYS[a]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('labels the space bar readably', () => {
    expect(shortcutLabel('callNext')).toBe('F1');
    expect(shortcutLabel('close')).toBeNull();
  });

  it('maps every keypad key to the same action as the screen', () => {
    expect(Object.keys(KEYPAD_ACTIONS).sort()).toEqual([...KEYPAD_KEYS].sort());
    expect(KEYPAD_ACTIONS.NEXT).toBe('callNext');
    expect(KEYPAD_ACTIONS.RECALL).toBe('recall');
    expect(KEYPAD_ACTIONS.NOSHOW).toBe('noShow');
    expect(KEYPAD_ACTIONS.TRANSFER).toBe('transfer');
    expect(KEYPAD_ACTIONS.PAUSE).toBe('pauseOrResume');
  });
});
