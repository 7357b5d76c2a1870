/**
 * A one-pass check of the common ingest batch (events only, no config or
 * dossiers) for the province's hot path: zod's parse of a 200-event batch
 * costs more than parsing its JSON. It is a shortcut, never a second
 * contract: it accepts only what `ingestBatchSchema` accepts (it is stricter
 * where in doubt), and anything it does not accept goes to the schema, which
 * gives the typed error.
 */
import { PROVINCE_BATCH_MAX_EVENTS, type IngestBatch } from './province-link';

const BATCH_KEYS = new Set(['after', 'through', 'events', 'backlog', 'sentAt']);
const EVENT_KEYS = 5; // seq, at, day, type, event
const TYPES = new Set(['ticket', 'counter', 'day', 'message', 'device', 'sender', 'config']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_AT = 8.64e15;

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** True only for a batch `ingestBatchSchema` accepts as it is; false means "ask the schema". */
export function isPlainEventBatch(value: unknown): value is IngestBatch {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !BATCH_KEYS.has(key)) return false;
    keys++;
  }
  if (keys !== BATCH_KEYS.size) return false;
  const { after, through, events, backlog, sentAt } = value;
  if (!isCount(after) || !isCount(through) || through < after || !isCount(backlog) || !isCount(sentAt) || sentAt > MAX_AT) return false;
  if (!Array.isArray(events) || events.length > PROVINCE_BATCH_MAX_EVENTS) return false;
  let previous = after;
  for (const e of events) {
    if (!isPlainObject(e)) return false;
    let n = 0;
    for (const key in e) {
      if (!Object.hasOwn(e, key)) return false;
      n++;
    }
    if (n !== EVENT_KEYS) return false;
    const { seq, at, day, type, event } = e;
    if (!isCount(seq) || seq <= previous || seq > through) return false;
    if (!isCount(at) || at > MAX_AT) return false;
    if (typeof day !== 'string' || !DAY.test(day) || typeof type !== 'string' || !TYPES.has(type) || !isPlainObject(event)) return false;
    previous = seq;
  }
  return true;
}
