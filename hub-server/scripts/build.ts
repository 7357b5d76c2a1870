/**
 * Bundles the hub into one ES module (dist/main.mjs) so a hall runs it with
 * plain `node`: no TypeScript loader in the process (about 35 MB less memory,
 * faster start). npm packages stay external; our workspace packages (source
 * TypeScript) are bundled in.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: { main: `${root}/src/main.ts`, backup: `${root}/src/cli/backup.ts`, restore: `${root}/src/cli/restore.ts` },
  outdir: `${root}/dist`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node24', // the runtime halls install (README: Node 24 LTS)
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@luot/') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
console.log('hub bundled to hub-server/dist/main.mjs');
