import { describe, expect, it } from 'vitest';
import { afterLastWindowClosed, decideClose } from './close-policy';
import { isBlockedKey, type KeyInput } from './kiosk-keys';

const key = (k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({ key: k, control: false, meta: false, shift: false, alt: false, ...mods });
const PRODUCTION = { locked: true, allowDevTools: false };
const TECHNICIAN = { locked: true, allowDevTools: true };
const DEVELOPMENT = { locked: false, allowDevTools: true };

describe('kiosk keys', () => {
  it('refuses the keys that close the window or leave full screen in a locked kiosk, even with devtools allowed', () => {
    const closing = [key('F4', { alt: true }), key('w', { control: true }), key('W', { control: true, shift: true }), key('q', { control: true }), key('F4', { control: true }), key('w', { meta: true }), key('F11')];
    for (const input of closing) {
      expect(isBlockedKey(input, PRODUCTION), JSON.stringify(input)).toBe(true);
      expect(isBlockedKey(input, TECHNICIAN), JSON.stringify(input)).toBe(true);
      expect(isBlockedKey(input, DEVELOPMENT), JSON.stringify(input)).toBe(false);
    }
  });

  it('refuses devtools, reload and zoom unless the devtools are allowed', () => {
    const tools = [key('F12'), key('I', { control: true, shift: true }), key('j', { control: true, shift: true }), key('c', { meta: true, shift: true }), key('r', { control: true }), key('F5'), key('+', { control: true }), key('0', { control: true })];
    for (const input of tools) {
      expect(isBlockedKey(input, PRODUCTION), JSON.stringify(input)).toBe(true);
      expect(isBlockedKey(input, TECHNICIAN), JSON.stringify(input)).toBe(false);
    }
  });

  it('lets the keys a citizen or a scanner types through', () => {
    const typing = [key('a'), key('A', { shift: true }), key('4'), key('Enter'), key('Backspace'), key('F4'), key('c', { control: true }), key('v', { control: true }), key('Escape'), key('ễ')];
    for (const input of typing) expect(isBlockedKey(input, PRODUCTION), JSON.stringify(input)).toBe(false);
  });
});

describe('close policy', () => {
  it('a locked kiosk refuses a close request unless the app is quitting on purpose', () => {
    expect(decideClose({ locked: true, quitting: false })).toBe('prevent');
    expect(decideClose({ locked: true, quitting: true })).toBe('allow');
    expect(decideClose({ locked: false, quitting: false })).toBe('allow');
  });

  it('a locked kiosk whose window is gone anyway starts again; otherwise it quits', () => {
    expect(afterLastWindowClosed({ locked: true, quitting: false })).toBe('relaunch');
    expect(afterLastWindowClosed({ locked: true, quitting: true })).toBe('quit');
    expect(afterLastWindowClosed({ locked: false, quitting: false })).toBe('quit');
  });
});
