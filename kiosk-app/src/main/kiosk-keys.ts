/**
 * Which key presses the kiosk window swallows. Pure (no Electron import) so
 * it can be tested: `Input` of Electron's before-input-event fits `KeyInput`.
 *
 * A stray or malicious USB keyboard must not leave the kiosk: closing keys
 * and leaving full screen (Alt+F4, Ctrl+W, Ctrl+Q, F11…) are always refused in a locked kiosk; developer
 * tools, reload and zoom only when the developer tools are not allowed.
 * Alt+F4 on Windows may also reach the window as a close request from the
 * OS: see close-policy.ts for that path.
 */
export interface KeyInput {
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

export interface KeyPolicy {
  /** Production kiosk: nothing may close the window or leave full screen. */
  locked: boolean;
  allowDevTools: boolean;
}

const CLOSING_WITH_CTRL = ['w', 'q', 'f4'];
const DEVTOOLS_WITH_CTRL_SHIFT = ['i', 'j', 'c'];
const RELOAD_OR_ZOOM_WITH_CTRL = ['r', '+', '-', '=', '0'];

export function isExitKey(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const combo = input.control || input.meta;
  return (input.alt && key === 'f4') || (combo && CLOSING_WITH_CTRL.includes(key)) || key === 'f11';
}

export function isDevToolsOrReloadKey(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const combo = input.control || input.meta;
  return (
    key === 'f12' ||
    key === 'f5' ||
    (combo && input.shift && DEVTOOLS_WITH_CTRL_SHIFT.includes(key)) ||
    (combo && RELOAD_OR_ZOOM_WITH_CTRL.includes(key))
  );
}

/** True when the window must swallow this key press. */
export function isBlockedKey(input: KeyInput, policy: KeyPolicy): boolean {
  if (policy.locked && isExitKey(input)) return true;
  return !policy.allowDevTools && isDevToolsOrReloadKey(input);
}
