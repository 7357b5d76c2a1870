import { describe, expect, it } from 'vitest';
import { sectionFromHash } from './section-route';

const IDS = ['today', 'reports', 'services'];

describe('sectionFromHash', () => {
  it('reads the section named by the hash', () => {
    expect(sectionFromHash('#services', IDS)).toBe('services');
  });
  it('falls back to the first section for an empty or unknown hash', () => {
    expect(sectionFromHash('', IDS)).toBe('today');
    expect(sectionFromHash('#nope', IDS)).toBe('today');
  });
});
