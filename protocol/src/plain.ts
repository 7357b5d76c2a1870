/**
 * `@luot/protocol/plain`: the protocol without zod — its types, constants and
 * pure functions. What a client needs that validates nothing with the
 * protocol's schemas (the board, @luot/hub-client) imports from here, so its
 * bundle neither carries nor evaluates zod and the schemas of every command
 * (~200 kB and a tenth of the JS time of a weak TV box's first paint).
 * The root, `@luot/protocol`, is this and the schemas; the hub and whatever
 * parses input import the root.
 *
 * A module listed with `export *` must import zod (and any module that does)
 * with `import type` only; `plain-entry.test.ts` checks it. The schema
 * modules give their types alone (`export type *`: erased at build).
 */
export * from './result';
export * from './error-codes';
export * from './codes';
export * from './queue';
export * from './ticket-stage';
export * from './devices';
export * from './dossier';
export * from './hall-events';
export * from './hall-state';
export * from './command-table';
export * from './namespaces';
export * from './http';
export * from './id-card';
export * from './event-types';
export * from './backups';
export * from './kiosk-guidance';
export * from './report-figures';
export * from './reports';
export * from './period-figures';
export * from './public-statistics';
export * from './pairing-code';
export * from './booking-code';
// Reads zod's errors by their types only: no zod evaluated.
export * from './zod-errors';

export type * from './schemas';
export type * from './socket-events';
export type * from './dossier-schemas';
export type * from './dossier-events';
export type * from './dossier-return';
export type * from './device-schemas';
export type * from './http-schemas';
export type * from './audit';
export type * from './province-link';
export type * from './province-batch-check';
export type * from './province-views';
export type * from './period-report';
export type * from './appointments';
export type * from './notify';
export type * from './people-schemas';
export type * from './hall-config-admin';
