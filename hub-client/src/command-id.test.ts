import { commandIdSchema } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { newCommandId } from './command-id';

describe('newCommandId', () => {
  it('makes ids the hub accepts, with their prefix', () => {
    for (const prefix of ['c', 'k', 'signin', 'dossier', 'sup', 'sim_run1']) {
      const id = newCommandId(prefix);
      expect(commandIdSchema.safeParse(id).success).toBe(true);
      expect(id.startsWith(`${prefix}-`)).toBe(true);
    }
  });

  it('is different each time, even with the same prefix at the same moment', () => {
    const first = newCommandId('c', 0);
    const second = newCommandId('c', 0);
    expect(first.startsWith('c-0-')).toBe(true);
    expect(second).not.toBe(first);
  });

  it('puts the time in the id so one device’s ids sort by time in the logs', () => {
    expect(newCommandId('t', 0).split('-')[1]).toBe('0');
    expect(newCommandId('t', 36 ** 3).split('-')[1]).toBe('1000');
  });

  it('refuses a prefix that would make an id the hub refuses', () => {
    expect(() => newCommandId('a-b')).toThrow();
    expect(() => newCommandId('')).toThrow();
    expect(() => newCommandId('x'.repeat(17))).toThrow();
  });
});
