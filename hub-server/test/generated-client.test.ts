/**
 * A generated client compiles and works: TypeScript types generated from
 * openapi.yaml by openapi-typescript (as an integrator would) type-check the
 * example province integration (hub-server/examples/province-client), which
 * then issues a ticket, signs an officer in, calls next and finishes on a real
 * hub. A renamed field in the document breaks the compile.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from '@luot/hub-server';
import { REPO_ROOT } from '@luot/testing/browser';
import { TEST_PASSWORD, TEST_TOKENS, startTestHub, testHallConfig, type TestHub } from '@luot/testing';

const EXAMPLE = join(import.meta.dirname, '../examples/province-client/province-system.ts');

/** A folder (git-ignored) holding the generated types beside a copy of the example. */
async function generatedClient(documentText: string): Promise<string> {
  const root = join(REPO_ROOT, '.luot-tmp');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, 'generated-client-'));
  const spec = join(dir, 'openapi.yaml');
  writeFileSync(spec, documentText);
  writeFileSync(join(dir, 'openapi-types.ts'), astToString(await openapiTS(pathToFileURL(spec))));
  copyFileSync(EXAMPLE, join(dir, 'province-system.ts'));
  return dir;
}

/** The compiler's complaints about the example, with this repository's strict options. */
function typeErrors(dir: string): string[] {
  const program = ts.createProgram([join(dir, 'province-system.ts')], {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    noEmit: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** What the test calls in the example (its own types come from the generated file, which only exists at test time). */
interface ProvinceExample {
  provinceClient(hubUrl: string, deviceToken: string): unknown;
  serveOneCitizen(
    client: unknown,
    officer: { username: string; password: string },
    counter: number,
    service: string,
  ): Promise<{ issued: { id: string }; called: unknown; finished: unknown; refusal: string }>;
}

const dirs: string[] = [];
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterAll(async () => {
  await hub.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a client generated from openapi.yaml', () => {
  it('type-checks the province integration and serves a citizen on a real hub', async () => {
    const dir = await generatedClient(readFileSync(OPENAPI_PATH, 'utf8'));
    dirs.push(dir);
    expect(typeErrors(dir)).toEqual([]);

    const example = (await import(pathToFileURL(join(dir, 'province-system.ts')).href)) as ProvinceExample;
    const client = example.provinceClient(hub.url, TEST_TOKENS.kiosk);
    const visit = await example.serveOneCitizen(client, { username: 'canbo01', password: TEST_PASSWORD }, 1, 'DKKD');
    expect(visit.issued).toMatchObject({ code: 'A001', state: 'waiting', service: 'DKKD' });
    expect(visit.called).toMatchObject({ id: visit.issued.id, state: 'called', counter: 1 });
    expect(visit.finished).toMatchObject({ id: visit.issued.id, state: 'done', outcome: 'guided' });
    expect(visit.refusal).toBe('no_current_ticket');
  });

  it('fails to compile when the document renames a field the integration uses', async () => {
    const renamed = readFileSync(OPENAPI_PATH, 'utf8').replace(
      /( {2}IssuedTicket:\n[\s\S]*?required: \[id, )code(,[\s\S]*?\n {8})code:/,
      '$1displayCode$2displayCode:',
    );
    expect(renamed).toContain('displayCode');
    const dir = await generatedClient(renamed);
    dirs.push(dir);
    expect(typeErrors(dir).join('\n')).toMatch(/Property 'code' does not exist/);
  });
});
