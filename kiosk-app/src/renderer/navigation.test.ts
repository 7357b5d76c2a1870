import { describe, expect, it } from 'vitest';
import { idleKindFor } from './navigation';

describe('idle timer per screen', () => {
  it('the welcome screen is left alone in the kiosk language, and returns from another language', () => {
    expect(idleKindFor('welcome', true)).toBe('none');
    expect(idleKindFor('welcome', false)).toBe('language');
  });

  it('other screens go home whatever the language; forms get the longer timer; issuing and the ticket end by themselves', () => {
    for (const inStart of [true, false]) {
      expect(idleKindFor('services', inStart)).toBe('screen');
      expect(idleKindFor('search', inStart)).toBe('screen');
      expect(idleKindFor('dossier-form', inStart)).toBe('form');
      expect(idleKindFor('dossier-confirm', inStart)).toBe('form');
      expect(idleKindFor('issuing', inStart)).toBe('none');
      expect(idleKindFor('ticket', inStart)).toBe('none');
    }
  });
});
