/**
 * Where the kiosk puts what a citizen should not have to read (a parser's
 * reason, an unexpected hub error): the page's console, which the Electron
 * shell copies into its own log (journalctl / the service log) and a browser
 * kiosk keeps in its developer tools.
 */
export function logDetail(what: string, detail: unknown): void {
  // One line of text: the shell's log gets the string, not an object it cannot show.
  console.warn(`[luot-kiosk] ${what}: ${JSON.stringify(detail)}`);
}
