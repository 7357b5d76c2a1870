/**
 * Values no client should send: wrong types, huge and deep values, unicode
 * edge cases (lone surrogates, piles of combining marks, bidi overrides,
 * NUL), prototype keys. Used whole and inside otherwise plausible payloads.
 */
import fc from 'fast-check';

/** Strings that have broken parsers, collations and printers elsewhere. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  'A\uDFFF01',
  '\uDBFF\uDFFF',
  'a\u0301\u0302\u0303\u0323\u0309'.repeat(200),
  'Nguye\u0302\u0303n', // decomposed "Nguyễn": NFC differs
  '\u202Eevil\u202C',
  '\uFEFFA001',
  'Ａ００１',
  '🇻🇳'.repeat(50),
  '%00%2e%2e%2f',
  '../../etc/passwd',
  "'; DROP TABLE tickets; --",
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'toString',
  'x'.repeat(70_000),
  '1'.repeat(400),
  '-1',
  '1e309',
  'NaN',
] as const;

/** An object with its own `__proto__` key, as JSON.parse makes it (a literal would set the prototype). */
const protoKeyed = (inner: unknown): object => JSON.parse(`{"__proto__": ${JSON.stringify(inner)}}`) as object;

const deepArray = (depth: number): unknown => {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const deepObject = (depth: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

export const edgeString = fc.constantFrom(...EDGE_STRINGS);

/** Any string, biased to the edge cases, including lone surrogates from the full code-unit range. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: edgeString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 30 }) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER, 2 ** 31, 1000, 999_999),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Values built once: huge and deep ones are costly to generate and shrink. */
const HEAVY: readonly unknown[] = [
  deepArray(3000),
  deepObject(3000),
  Array.from({ length: 20_000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])),
  protoKeyed({ polluted: true }),
  { constructor: { prototype: { polluted: true } } },
  { prototype: { polluted: true } },
  protoKeyed({ toString: 'x', valueOf: 1 }),
  // Binary: socket.io sends these as attachments, HTTP bodies as their JSON form.
  new Uint8Array([0, 255, 0xd8, 0x00]),
  { commandId: 'binary-attached', service: new Uint8Array(4) },
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}) },
  { weight: 1, arbitrary: fc.constantFrom(...HEAVY) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.object({ key: fc.oneof(edgeString, fc.constantFrom('__proto__', 'constructor', 'prototype')), maxDepth: 2 }) },
);

/** Keys to add to an object: its own keys misspelt, prototype keys, anything. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toJSON', 'then'),
  fc.string({ maxLength: 12 }),
  edgeString,
);

/** Sets `key` as an own property even when it is `__proto__`. */
export function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}
