import type { HallInfo } from '@luot/protocol/plain';
import { createContext, useContext } from 'react';
import { DEFAULT_TONE_STYLE, type ToneStyle } from '../keyboard/telex';
import type { KioskConfig } from '../kiosk-config';

/** The kiosk's settings that screens deep in the tree need: this kiosk's URL over the hall's choices. */
export interface KioskSettings {
  toneStyle: ToneStyle;
  /** Spoken guidance: the hall has it on and this kiosk has not turned it off. */
  voice: boolean;
}

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = { toneStyle: DEFAULT_TONE_STYLE, voice: true };

/** The kiosk's own setting wins where it has one; a hub without `hall.kiosk` means the defaults. */
export function effectiveSettings(config: Pick<KioskConfig, 'toneStyle' | 'voice'>, hall: HallInfo | null): KioskSettings {
  return {
    toneStyle: config.toneStyle ?? hall?.kiosk?.toneStyle ?? DEFAULT_TONE_STYLE,
    voice: config.voice && (hall?.kiosk?.voice ?? true),
  };
}

export const KioskSettingsContext = createContext<KioskSettings>(DEFAULT_KIOSK_SETTINGS);

export const useKioskSettings = (): KioskSettings => useContext(KioskSettingsContext);
