/**
 * The hub's layers, bottom to top: `core/` imports no feature; each feature
 * imports core and the features listed before it; the wiring (hub.ts and its
 * neighbours at the top of src/) imports any of them; the two apps in the
 * package (cli, simulator) sit on top. Read with TypeScript's own pre-parser,
 * so type-only, re-export and dynamic imports count too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Every layer of src/, lowest first. A folder may import its own files and any layer before it. */
export const LAYERS = [
  'core',
  'auth',
  'devices',
  'notify', // telling citizens: templates, senders, the outbox's dispatcher (the queueing itself is core/outbox)
  'queue',
  'counters',
  'dossiers',
  'appointments',
  'hall',
  'hall-config', // the live, versioned hall config (issue 17): reads the queue and counters to refuse unsafe changes
  'reports',
  'backups',
  'province-link',
  'pages',
  'api-docs',
  '(wiring)', // src/*.ts: hub.ts, hub-services.ts, main.ts, index.ts
  'cli',
  'simulator',
] as const;

/** The layer a file of src/ belongs to: its first folder, or the wiring for files at the top. */
function layerOf(fileInSrc: string): string {
  const parts = fileInSrc.split(sep);
  return parts.length === 1 ? '(wiring)' : parts[0]!;
}

export interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** Checks the imports of one file (path relative to src/, its source text). */
export function checkImports(fileInSrc: string, text: string): Violation[] {
  const from = layerOf(fileInSrc);
  const fromRank = LAYERS.indexOf(from as (typeof LAYERS)[number]);
  if (fromRank < 0) return [{ file: fileInSrc, imports: '', why: `folder "${from}" is not in the layer list` }];
  const violations: Violation[] = [];
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!fileName.startsWith('.')) continue; // packages: the package boundaries have their own lint
    const target = relative(SRC, resolve(SRC, dirname(fileInSrc), fileName));
    if (target.startsWith('..')) {
      violations.push({ file: fileInSrc, imports: fileName, why: 'leaves src/' });
      continue;
    }
    const to = layerOf(target);
    const toRank = LAYERS.indexOf(to as (typeof LAYERS)[number]);
    if (to === from) continue;
    if (toRank < 0 || toRank >= fromRank) {
      violations.push({ file: fileInSrc, imports: fileName, why: `${from} may not import ${to} (${to} is not below it)` });
    }
  }
  return violations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

describe("the hub's layers", () => {
  it('every import of src/ goes down (or stays in its folder)', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const violations = files.flatMap((f) => checkImports(f, readFileSync(join(SRC, f), 'utf8')));
    expect(violations.map((v) => `${v.file} imports ${v.imports}: ${v.why}`)).toEqual([]);
  });

  it('reports an upward import, naming the file and the import', () => {
    const text = "import type { X } from '../queue/ticket-service';\nimport { y } from './command-runner';\nimport z from 'zod';";
    expect(checkImports(join('core', 'event-log.ts'), text)).toEqual([
      { file: join('core', 'event-log.ts'), imports: '../queue/ticket-service', why: 'core may not import queue (queue is not below it)' },
    ]);
  });

  it('counts re-exports and dynamic imports, refuses wiring imports from a feature and unknown folders', () => {
    expect(checkImports(join('queue', 'a.ts'), "export * from '../counters/counter-repo';")).toHaveLength(1);
    expect(checkImports(join('queue', 'a.ts'), "const m = await import('../hub');")).toEqual([
      { file: join('queue', 'a.ts'), imports: '../hub', why: 'queue may not import (wiring) ((wiring) is not below it)' },
    ]);
    expect(checkImports(join('counters', 'a.ts'), "import { q } from '../queue/queue-rules';")).toEqual([]);
    expect(checkImports(join('misc', 'a.ts'), '')).toMatchObject([{ why: 'folder "misc" is not in the layer list' }]);
  });
});
