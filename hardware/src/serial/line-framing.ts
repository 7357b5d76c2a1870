/**
 * The framing shared by Lượt's serial devices (see docs/serial-protocols.md,
 * "Common framing"): one frame per line, ending in CR LF; keypads,
 * rating pads and signs add an NMEA-style checksum `*HH` (XOR of the
 * payload's bytes) because a flipped bit on a cheap RS-232 cable must not
 * call the wrong ticket. Scanners send plain lines (off-the-shelf scanners
 * cannot add a checksum).
 */

const encoder = new TextEncoder();

/** XOR of the UTF-8 bytes of `payload`, as two upper-case hex digits. */
export function lineChecksum(payload: string): string {
  let sum = 0;
  for (const byte of encoder.encode(payload)) sum ^= byte;
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

/** `payload*HH\r\n`: a checksummed frame ready to write. */
export function encodeChecksummedLine(payload: string): string {
  return `${payload}*${lineChecksum(payload)}\r\n`;
}

export type ChecksumCheck = { ok: true; payload: string } | { ok: false; reason: string };

/** Splits `payload*HH` and verifies the checksum. */
export function verifyChecksummedLine(line: string): ChecksumCheck {
  const star = line.lastIndexOf('*');
  if (star < 0) return { ok: false, reason: 'missing checksum' };
  const payload = line.slice(0, star);
  const given = line.slice(star + 1).toUpperCase();
  if (!/^[0-9A-F]{2}$/.test(given)) return { ok: false, reason: 'malformed checksum' };
  const expected = lineChecksum(payload);
  if (given !== expected) return { ok: false, reason: `checksum mismatch (got ${given}, expected ${expected})` };
  return { ok: true, payload };
}
