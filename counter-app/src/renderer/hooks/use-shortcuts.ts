import { useEffect, useLayoutEffect, useRef } from 'react';
import { actionForKey, type CounterAction } from '../model/shortcuts';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Runs the officer's keyboard shortcuts while no dialog is open. */
export function useShortcuts(onAction: (action: CounterAction) => void, dialogOpen: boolean): void {
  const latest = useRef(onAction);
  // In the commit itself, not after paint: once the screen shows the new state
  // (a command acknowledged, the buttons enabled again), the next press must
  // already reach the handler that sees that state, not the one before it.
  useLayoutEffect(() => {
    latest.current = onAction;
  }, [onAction]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Panels (e.g. the dossier's refuse and supplement dialogs) open modals the console does not track.
      const modal = dialogOpen || document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
      const action = actionForKey(event, { dialogOpen: modal, typing: isTyping(event.target) });
      if (action === null) return;
      // F1 (help), F7 (caret browsing), F10 (menu) have browser meanings; here they are the officer's.
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen]);
}
