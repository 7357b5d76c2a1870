/**
 * When the kiosk window may close, and what to do if it closed anyway. Pure
 * so it can be tested; main.ts feeds it Electron's events.
 *
 * A locked (production) kiosk refuses every close request (Alt+F4 turned
 * into a close by the window manager, a taskbar "Close window"…) unless the
 * whole app is quitting on purpose: the OS ending the session or shutting
 * down, or SIGTERM from the service manager. If the window is gone all the
 * same, the app starts again rather than leaving a desktop in the hall.
 */
export interface ClosePolicy {
  /** Production kiosk mode (packaged app). */
  locked: boolean;
  /** The app is quitting on purpose (session end, shutdown, service stop). */
  quitting: boolean;
}

export type CloseDecision = 'allow' | 'prevent';
export type AfterLastWindow = 'quit' | 'relaunch';

export function decideClose({ locked, quitting }: ClosePolicy): CloseDecision {
  return locked && !quitting ? 'prevent' : 'allow';
}

export function afterLastWindowClosed({ locked, quitting }: ClosePolicy): AfterLastWindow {
  return locked && !quitting ? 'relaunch' : 'quit';
}
