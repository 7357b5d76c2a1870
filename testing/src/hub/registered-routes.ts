/**
 * The routes a hub registers, read from Fastify's printRoutes tree
 * ("├── /api/v1/devices (GET, HEAD, POST)", children indented by four
 * characters and relative to their parent), as "METHOD /path/{param}" in
 * OpenAPI's spelling. HEAD (Fastify's automatic twin of GET) is left out.
 */
import type { Hub } from '@luot/hub-server';

export function registeredRoutes(app: Hub['app']): string[] {
  const parents: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (parents[depth - 1] ?? '') + m[2]!;
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of m[3]?.split(', ') ?? []) {
      if (method !== 'HEAD') routes.push(`${method} ${path.replace(/:([A-Za-z_]+)/g, '{$1}')}`);
    }
  }
  return routes;
}
