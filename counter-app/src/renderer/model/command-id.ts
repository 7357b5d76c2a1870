/**
 * Client-made command ids (protocol `commandIdSchema`: 8–64 of [A-Za-z0-9_-]).
 * `crypto.randomUUID` exists only in secure contexts, and a hub on the LAN is
 * plain http://10.x, so the id is built from `getRandomValues`, which exists
 * everywhere.
 */
export function newCommandId(prefix = 'c'): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}
