/**
 * Random and mutated payloads: a plausible payload as is, with one field
 * broken (a hostile value, a wrong type, removed), with an extra or
 * prototype key, or replaced whole by a hostile value.
 */
import fc from 'fast-check';
import { hostileKey, hostileValue, withOwn } from './hostile-values';

type Mutation = (payload: unknown) => unknown;

const asRecord = (payload: unknown): Record<string, unknown> | null =>
  typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? { ...(payload as Record<string, unknown>) } : null;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), hostileValue).map(([i, value]): Mutation => (p) => {
    const r = asRecord(p);
    const keys = r ? Object.keys(r) : [];
    return r && keys.length > 0 ? withOwn(r, keys[i % keys.length]!, value) : value;
  }),
  fc.nat().map((i): Mutation => (p) => {
    const r = asRecord(p);
    const keys = r ? Object.keys(r) : [];
    if (!r || keys.length === 0) return p;
    delete r[keys[i % keys.length]!];
    return r;
  }),
  fc.tuple(hostileKey, hostileValue).map(([key, value]): Mutation => (p) => {
    const r = asRecord(p);
    return r ? withOwn(r, key, value) : withOwn({}, key, value);
  }),
  fc.nat().map((i): Mutation => (p) => {
    // A wrong type for one field: strings become numbers, numbers strings, objects arrays.
    const r = asRecord(p);
    const keys = r ? Object.keys(r) : [];
    if (!r || keys.length === 0) return [p];
    const key = keys[i % keys.length]!;
    const v = r[key];
    return withOwn(r, key, typeof v === 'string' ? v.length : typeof v === 'number' ? String(v) : Array.isArray(v) ? { ...v } : [v]);
  }),
  hostileValue.map((value): Mutation => () => value),
);

/** Plausible (a third), mutated once or twice (half), or hostile whole. */
export function payloads(plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 5, arbitrary: fc.tuple(plausible, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([p, ms]) => ms.reduce((acc, m) => m(acc), p)) },
    { weight: 2, arbitrary: hostileValue },
  );
}
