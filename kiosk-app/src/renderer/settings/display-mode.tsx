import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The "Chữ to" switch on every screen: larger text and high contrast (light
 * text on black, yellow for what can be touched) for citizens with weak
 * sight. A class on <html> switches the style tokens (styles/large-text.css);
 * the next citizen starts in the normal mode (App resets it on going home).
 */
export interface DisplayMode {
  largeText: boolean;
  setLargeText(on: boolean): void;
}

const DisplayModeContext = createContext<DisplayMode>({ largeText: false, setLargeText: () => undefined });

export const LARGE_TEXT_CLASS = 'large-text';

export function DisplayModeProvider({ initial = false, children }: { initial?: boolean; children: ReactNode }) {
  const [largeText, setLargeText] = useState(initial);
  useEffect(() => {
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, largeText);
  }, [largeText]);
  const value = useMemo(() => ({ largeText, setLargeText }), [largeText]);
  return <DisplayModeContext.Provider value={value}>{children}</DisplayModeContext.Provider>;
}

export const useDisplayMode = (): DisplayMode => useContext(DisplayModeContext);
