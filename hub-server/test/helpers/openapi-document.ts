/** openapi.yaml's operations, read the way the contract files need them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OPENAPI_PATH } from '@luot/hub-server';

interface Operation {
  responses?: Record<string, unknown>;
  security?: unknown[];
}
type Paths = Record<string, Record<string, Operation | unknown>>;

let read: Paths | undefined;
/** Parsed once per file: the coverage checks ask about every route. */
const paths = (): Paths => (read ??= (parse(readFileSync(OPENAPI_PATH, 'utf8')) as { paths: Paths }).paths);

const operation = (route: string): Operation | undefined => {
  const [method, path] = route.split(' ') as [string, string];
  return paths()[path]?.[method.toLowerCase()] as Operation | undefined;
};

/** Every operation the document describes, as "METHOD /path". */
export function documentedRoutes(): string[] {
  const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
  return Object.entries(paths()).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => methods.includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}

/** The 4xx statuses the document gives a route. */
export const documentedClientErrors = (route: string): string[] =>
  Object.keys(operation(route)?.responses ?? {}).filter((s) => s.startsWith('4'));

/** Whether the route asks for a bearer token (and so is locked out with the address after wrong tokens). */
export const takesBearerToken = (route: string): boolean => JSON.stringify(operation(route)?.security ?? []).includes('bearer');
