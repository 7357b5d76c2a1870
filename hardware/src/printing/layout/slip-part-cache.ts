import { type Canvas } from '@napi-rs/canvas';

/** The top rows of a slip, drawn once and stamped on every later slip that starts the same way. */
export interface SlipPart {
  canvas: Canvas;
  /** Where the slip's flow continues under the part, in dots from the top. */
  height: number;
}

/**
 * A kiosk prints the same hall name, service name and "your number" label on
 * ticket after ticket; drawing that text (shaping, wrapping, antialiasing)
 * was redone for every one. Parts are kept by what they show. Bounded: a
 * part is about half a megabyte, and a hall has a few dozen services at most.
 */
export const SLIP_PART_CACHE_SIZE = 24;

const parts = new Map<string, SlipPart>();
let hits = 0;

/** The part drawn for `key`, drawing it with `draw` the first time (least recently used parts leave first). */
export function cachedSlipPart(key: string, draw: () => SlipPart): SlipPart {
  const found = parts.get(key);
  if (found) {
    hits++;
    parts.delete(key);
    parts.set(key, found);
    return found;
  }
  const part = draw();
  parts.set(key, part);
  if (parts.size > SLIP_PART_CACHE_SIZE) parts.delete(parts.keys().next().value!);
  return part;
}

/** For tests and the bench: how many parts are kept and how often one was reused. */
export const slipPartCacheStats = (): { size: number; hits: number } => ({ size: parts.size, hits });

export function clearSlipPartCache(): void {
  parts.clear();
  hits = 0;
}
