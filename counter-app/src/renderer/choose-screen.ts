/**
 * One build, three screens: the hub serves it at `/admin/` (supervisor) and
 * `/counter/` (officer console; `#rating` is the citizen-facing rating
 * screen on the counter's second monitor).
 */
export type Screen = 'supervisor' | 'officer' | 'rating';

export function chooseScreen(pathname: string, hash: string): Screen {
  if (/^\/admin(\/|$)/.test(pathname)) return 'supervisor';
  return hash === '#rating' ? 'rating' : 'officer';
}
