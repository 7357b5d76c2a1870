/**
 * Client-made command ids, one format for every app: `prefix-time-random`
 * (protocol `commandIdSchema`: 8–64 of [A-Za-z0-9_-]). The time part keeps ids
 * of one device sortable in logs; the random part keeps two devices apart.
 * `crypto.randomUUID` exists only in secure contexts and a hall's hub is plain
 * http on the LAN, so the random part comes from `getRandomValues`, which
 * browsers and Node both have.
 */
const PREFIX = /^[A-Za-z0-9_]{1,16}$/;

export function newCommandId(prefix = 'c', now: number = Date.now()): string {
  if (!PREFIX.test(prefix)) throw new Error(`command id prefix must be 1–16 of [A-Za-z0-9_]: ${prefix}`);
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${now.toString(36)}-${random}`;
}
