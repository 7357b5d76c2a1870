/**
 * `@luot/protocol`: everything of `./plain` (types, constants, pure
 * functions) and the zod schemas that validate input. Clients that validate
 * nothing import `@luot/protocol/plain` instead, so they never evaluate zod.
 */
export * from './plain';
export * from './schemas';
export * from './socket-events';
export * from './dossier-schemas';
export * from './dossier-events';
export * from './dossier-return';
export * from './device-schemas';
export * from './http-schemas';
export * from './audit';
export * from './province-link';
export * from './province-batch-check';
export * from './province-views';
export * from './period-report';
export * from './appointments';
export * from './notify';
export * from './people-schemas';
export * from './hall-config-admin';
