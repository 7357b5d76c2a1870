/**
 * The officer's actions and the keys that trigger them. The keyboard, the
 * on-screen buttons and the serial keypad all end in the same `CounterAction`.
 */
import type { KeypadKey } from '@luot/protocol';

export const COUNTER_ACTIONS = [
  'callNext',
  'recall',
  'startServing',
  'finish',
  'noShow',
  'transfer',
  'callNumber',
  'reactivate',
  'pauseOrResume',
  'close',
] as const;
export type CounterAction = (typeof COUNTER_ACTIONS)[number];

/**
 * Keys per action, as `KeyboardEvent.key` values. F5 (reload) and F11/F12
 * (full screen, developer tools) are left to the browser on purpose.
 */
export const SHORTCUT_KEYS: Record<CounterAction, readonly string[]> = {
  callNext: ['F1', ' '],
  recall: ['F2'],
  startServing: ['F3'],
  finish: ['F4'],
  noShow: ['F6'],
  transfer: ['F7'],
  callNumber: ['F8'],
  reactivate: ['F9'],
  pauseOrResume: ['F10'],
  close: [],
};

/** The label shown on a button for its first key (`Space` for ' '). */
export function shortcutLabel(action: CounterAction): string | null {
  const key = SHORTCUT_KEYS[action][0];
  if (key === undefined) return null;
  return key === ' ' ? 'Space' : key;
}

/** All labels of an action's keys, e.g. "F1 / Space". */
export function shortcutLabels(action: CounterAction): string {
  return SHORTCUT_KEYS[action].map((k) => (k === ' ' ? 'Space' : k)).join(' / ');
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

export interface KeyContext {
  /** A dialog is open: only its own keys count. */
  dialogOpen: boolean;
  /** Focus is in a text field: the space bar types a space. */
  typing: boolean;
}

const BY_KEY = new Map<string, CounterAction>(
  COUNTER_ACTIONS.flatMap((action) => SHORTCUT_KEYS[action].map((key) => [key, action] as const)),
);

/**
 * The action a key press asks for, or null. A held key (auto-repeat) never
 * repeats an action: one press, one call.
 */
export function actionForKey(event: KeyLike, context: KeyContext): CounterAction | null {
  if (event.repeat || event.ctrlKey || event.altKey || event.metaKey || context.dialogOpen) return null;
  if (event.key === ' ' && context.typing) return null;
  return BY_KEY.get(event.key) ?? null;
}

/** The serial keypad's keys: the same actions as the screen. */
export const KEYPAD_ACTIONS: Record<KeypadKey, CounterAction> = {
  NEXT: 'callNext',
  RECALL: 'recall',
  NOSHOW: 'noShow',
  TRANSFER: 'transfer',
  PAUSE: 'pauseOrResume',
};
