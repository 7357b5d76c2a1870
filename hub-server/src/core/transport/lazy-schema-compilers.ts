/**
 * Fastify's schema compilers, loaded at their first use instead of at
 * `Fastify()`. By default every instance requires ajv and
 * fast-json-stringify when it is made (~140 ms CPU at each start of the
 * hub); the hub's routes validate with zod and declare no Fastify schemas,
 * so a hall normally never needs them. A plugin or route that does declare
 * one gets Fastify's own compilers, the same as before, only later.
 */
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type ValidatorFactory = NonNullable<CompilersFactory['buildValidator']>;
type SerializerFactory = NonNullable<CompilersFactory['buildSerializer']>;

/** Resolved from fastify's own folder: they are its dependencies (and its versions), not the hub's. */
const fastifysFactory = (packageName: string) => (): Factory =>
  (createRequire(import.meta.resolve('fastify'))(packageName) as () => Factory)();

/** Fastify calls a factory as (externalSchemas, options) and uses what it returns; the call is forwarded as it is. */
type Factory = (externalSchemas: unknown, options?: unknown) => unknown;

/** A factory that calls `load` (once) only when Fastify first asks it for a compiler. */
export function loadedAtFirstCall(load: () => Factory): Factory {
  let factory: Factory | undefined;
  return (externalSchemas, options) => {
    factory ??= load();
    return factory(externalSchemas, options);
  };
}

// The casts only restate Fastify's overloaded factory types: each call goes unchanged to Fastify's own factory.
export const lazySchemaCompilers = {
  buildValidator: loadedAtFirstCall(fastifysFactory('@fastify/ajv-compiler')) as unknown as ValidatorFactory,
  buildSerializer: loadedAtFirstCall(fastifysFactory('@fastify/fast-json-stringify-compiler')) as unknown as SerializerFactory,
};
