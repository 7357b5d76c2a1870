import { createContext, useContext } from 'react';
import { DEFAULT_TONE_STYLE, type ToneStyle } from '../keyboard/telex';

/** The kiosk's own settings that screens deep in the tree need (from the URL: kiosk-config.ts). */
export interface KioskSettings {
  toneStyle: ToneStyle;
}

export const KioskSettingsContext = createContext<KioskSettings>({ toneStyle: DEFAULT_TONE_STYLE });

export const useKioskSettings = (): KioskSettings => useContext(KioskSettingsContext);
