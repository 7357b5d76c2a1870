/**
 * A generator of plausible payloads for a zod schema (socket commands) or a
 * JSON Schema (OpenAPI request bodies): the shape the schema asks for, with
 * field values from field-values.ts where the name is known. Mutations on
 * top (mutate.ts) then break one thing at a time.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { fieldValue, type LiveIds } from './field-values';
import { hostileString } from './hostile-values';

/** The part of zod 4's internal definition this walker reads. */
interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  innerType?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

export function fromZod(schema: z.ZodType, live: LiveIds, field = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const known = field ? fieldValue(field, live) : undefined;
  if (known && ['string', 'number', 'enum', 'literal', 'union', 'pipe', 'optional', 'nullable', 'array'].includes(def.type) && depth > 0) {
    return fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: primitive(def, live, field, depth) });
  }
  return primitive(def, live, field, depth);
}

function primitive(def: ZodDef, live: LiveIds, field: string, depth: number): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, inner] of Object.entries(shape)) parts[key] = fromZod(inner, live, key, depth + 1);
      return fc.record(parts, { requiredKeys: Object.keys(shape).filter((k) => defOf(shape[k]!).type !== 'optional') });
    }
    case 'array':
      return fc.array(fromZod(def.element!, live, field, depth + 1), { maxLength: 3 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => fromZod(o, live, field, depth)));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return fc.option(fromZod(def.innerType!, live, field, depth), { nil: def.type === 'nullable' ? null : undefined });
    case 'pipe':
      return fromZod(def.in!, live, field, depth);
    case 'number':
    case 'int':
      return fc.integer({ min: -2, max: 1000 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return fc.oneof(fc.string({ maxLength: 20 }), hostileString);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A JSON Schema node as the OpenAPI document writes it. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
}

export function fromJsonSchema(schema: JsonSchema, resolve: (ref: string) => JsonSchema, live: LiveIds, field = '', depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return depth > 6 ? fc.constant(null) : fromJsonSchema(resolve(schema.$ref), resolve, live, field, depth + 1);
  const known = field ? fieldValue(field, live) : undefined;
  if (known && schema.type !== 'object') return fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: bareJson(schema, resolve, live, field, depth) });
  return bareJson(schema, resolve, live, field, depth);
}

function bareJson(schema: JsonSchema, resolve: (ref: string) => JsonSchema, live: LiveIds, field: string, depth: number): fc.Arbitrary<unknown> {
  const variants = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((v) => fromJsonSchema(v, resolve, live, field, depth + 1)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, inner] of Object.entries(props)) parts[key] = fromJsonSchema(inner, resolve, live, key, depth + 1);
      return fc.record(parts, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return fc.array(schema.items ? fromJsonSchema(schema.items, resolve, live, field, depth + 1) : fc.jsonValue(), { maxLength: 3 });
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? -2, max: schema.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return fc.oneof(fc.string({ maxLength: 20 }), hostileString);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
