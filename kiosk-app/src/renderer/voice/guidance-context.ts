import { createContext, useContext } from 'react';

/** What the top bar's "Nghe lại" button needs: whether the kiosk speaks, and how to say the last words again. */
export interface Guidance {
  voice: boolean;
  repeat(): void;
}

export const GuidanceContext = createContext<Guidance>({ voice: false, repeat: () => undefined });

export const useGuidance = (): Guidance => useContext(GuidanceContext);
