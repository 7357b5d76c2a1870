/**
 * Client-made command ids. `crypto.randomUUID` exists only in secure contexts
 * and a kiosk on the LAN loads the hub over plain http, so use getRandomValues.
 */
export function newCommandId(prefix = 'k'): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
