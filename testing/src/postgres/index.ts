/** `@luot/testing/postgres`: a real PostgreSQL in a temporary directory, for the province server's tests. */
export { findPostgresBin, startTestPostgres, TEST_PG_USER, type TestPostgres } from './test-postgres';
