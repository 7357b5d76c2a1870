/**
 * `@luot/protocol/plain` evaluates no zod (issue 21): from plain.ts, follow
 * every import and re-export that survives the build (not `import type`, not
 * `export type`, not a braces list of types only) and find no 'zod'. Also:
 * every module of the protocol is offered by plain (its values, or its types
 * when it holds schemas) and by the root, so a new module is not forgotten.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const source = (module: string): string => readFileSync(join(SRC, `${module}.ts`), 'utf8');

/** A module's imports and re-exports that the build keeps: `{ from, line }`. */
function runtimeEdges(text: string): string[] {
  const edges: string[] = [];
  const statement = /^(import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'|^import\s+'([^']+)'/gms;
  for (const m of text.matchAll(statement)) {
    if (m[5]) {
      edges.push(m[5]);
      continue;
    }
    const [, , typeOnly, clause = '', from = ''] = m;
    if (typeOnly) continue;
    const braces = /^\{([^}]*)\}$/s.exec(clause.trim());
    const names = braces?.[1]?.split(',').map((n) => n.trim()).filter(Boolean);
    if (names && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    edges.push(from);
  }
  return edges;
}

/** The protocol's modules `entry` evaluates, and the packages they import. */
function reach(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (module: string): void => {
    if (modules.has(module)) return;
    modules.add(module);
    for (const from of runtimeEdges(source(module))) {
      if (from.startsWith('./')) visit(from.slice(2));
      else packages.add(from);
    }
  };
  visit(entry);
  return { modules, packages };
}

const listed = (entry: string, form: RegExp): string[] => [...source(entry).matchAll(form)].map((m) => m[1] ?? '');
/** The entries themselves, strict-csp (imported by path, first), and phone (offered through dossier-schemas). */
const NOT_LISTED = ['index', 'plain', 'strict-csp', 'phone'];
const MODULES = readdirSync(SRC)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .filter((m) => !NOT_LISTED.includes(m));

describe('@luot/protocol/plain', () => {
  it('reaches no package: no zod, so no module that builds a schema', () => {
    const { modules, packages } = reach('plain');
    expect([...packages]).toEqual([]);
    expect(modules.has('hall-state')).toBe(true);
  });

  it('the reading of imports tells type-only ones from those the build keeps', () => {
    expect(runtimeEdges(`import { z } from 'zod';\nimport type { A } from './a';\nimport { type B, type C } from './b';\nimport {\n  d,\n  type E,\n} from './d';\nexport * from './e';\nexport type * from './f';\nimport './g';`)).toEqual([
      'zod',
      './d',
      './e',
      './g',
    ]);
  });

  it('offers every module of the protocol: the values of the zod-free ones, the types of the others', () => {
    const values = listed('plain', /^export \* from '\.\/([^']+)'/gm);
    const types = listed('plain', /^export type \* from '\.\/([^']+)'/gm);
    expect([...values, ...types].sort()).toEqual([...MODULES].sort());
    for (const module of types) expect([...reach(module).packages], `${module} evaluates no zod: list it with export *`).toContain('zod');
  });

  it('is part of the root, which adds the schema modules', () => {
    const root = listed('index', /^export \* from '\.\/([^']+)'/gm);
    expect(root[0]).toBe('plain');
    expect(root.slice(1).sort()).toEqual(listed('plain', /^export type \* from '\.\/([^']+)'/gm).sort());
  });
});
