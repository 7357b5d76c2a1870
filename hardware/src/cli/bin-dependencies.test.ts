import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

describe('the luot-printer bin', () => {
  it('needs only packages @luot/hardware itself depends on (it must run when installed on its own)', () => {
    const pkg = JSON.parse(read('../../package.json')) as { bin: Record<string, string>; dependencies: Record<string, string> };
    const bin = read(`../../${pkg.bin['luot-printer']!.replace(/^\.\//, '')}`);
    const imports = [...bin.matchAll(/(?:from\s+|import\()\s*'([^'.][^']*)'/g)].map((m) => m[1]!);
    const packages = imports.filter((s) => !s.startsWith('node:') && !builtinModules.includes(s)).map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
    expect(packages).toContain('tsx');
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });
});
