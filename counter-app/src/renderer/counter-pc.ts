/**
 * The counter PC's device token, for halls that bind counters to their PCs
 * (`security.countersBoundToDevices`): the Electron shell's preload bridge
 * (`window.luotCounterPc`) hands it to the hub's /counter/ page only. In a
 * plain browser there is none, and the console connects as before.
 */
declare global {
  interface Window {
    /** Set by the counter shell's preload bridge. */
    luotCounterPc?: { deviceToken(): Promise<string | null>; savePairedToken?(token: string): Promise<boolean> };
  }
}

/** The token to show the hub with the officer's session; undefined without the shell or when it holds none. */
export async function counterPcDeviceToken(win: Pick<Window, 'luotCounterPc'>): Promise<string | undefined> {
  if (win.luotCounterPc === undefined) return undefined;
  try {
    const token: unknown = await win.luotCounterPc.deviceToken();
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    // A broken bridge must not keep the officer from a hall that does not bind counters.
    return undefined;
  }
}

/** Whether this PC can pair itself: the counter shell, holding no device token yet (issue 17). */
export async function counterPcCanPair(win: Pick<Window, 'luotCounterPc'>): Promise<boolean> {
  return win.luotCounterPc?.savePairedToken !== undefined && (await counterPcDeviceToken(win)) === undefined;
}
