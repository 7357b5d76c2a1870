import type { HallInfo } from '@luot/protocol/plain';
import { describe, expect, it } from 'vitest';
import { effectiveSettings } from './kiosk-settings';

const hall = (kiosk?: HallInfo['kiosk']): HallInfo => ({
  name: { vi: 'Trung tâm', en: 'Centre' },
  address: 'x',
  ratingScale: 3,
  ratingTimeoutSeconds: 30,
  autoStartServing: false,
  recallLimit: 3,
  publicUrl: 'http://hub',
  ...(kiosk ? { kiosk } : {}),
});

describe('effectiveSettings', () => {
  it('follows the hall, voice on and modern tones by default (also from a hub without the field)', () => {
    expect(effectiveSettings({ toneStyle: null, voice: true }, hall())).toEqual({ toneStyle: 'modern', voice: true });
    expect(effectiveSettings({ toneStyle: null, voice: true }, hall({ voice: false, toneStyle: 'classic' }))).toEqual({ toneStyle: 'classic', voice: false });
  });

  it('lets one kiosk turn its voice off and choose its tone style, never turn a muted hall back on', () => {
    expect(effectiveSettings({ toneStyle: 'modern', voice: false }, hall({ voice: true, toneStyle: 'classic' }))).toEqual({ toneStyle: 'modern', voice: false });
    expect(effectiveSettings({ toneStyle: null, voice: true }, hall({ voice: false, toneStyle: 'modern' })).voice).toBe(false);
  });
});
