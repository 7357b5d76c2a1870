/**
 * Which of the kiosk page's address parameters may be trusted (issue 15):
 * the kiosk's device token goes to the hub it connects to, and its printer
 * jobs to the device agent, so a crafted link must not move either.
 * - `?hub=` is ignored under the Electron shell: the shell loads the page from
 *   the hub it was configured with, so the hub is the page's own origin. A
 *   browser kiosk served from elsewhere still needs it.
 * - `?agent=` is taken only on this machine's loopback over http (the agent
 *   listens on 127.0.0.1 with a per-launch token), as the counter app does.
 */

/** The hub the kiosk talks to: the page's own origin under the shell, else `?hub=` when given. */
export function hubUrlFrom(hubParam: string | null, origin: string, inShell: boolean): string {
  return (inShell || hubParam === null ? origin : hubParam).replace(/\/+$/, '');
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** The agent's origin when `url` is plain http on this machine's loopback; null otherwise (or when malformed). */
export function loopbackAgentOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.includes(parsed.hostname)) return null;
    if (parsed.username !== '' || parsed.password !== '') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}
