/**
 * The "no relative imports across packages" rule (DESIGN.md): the repository's
 * own ESLint config, run through ESLint's Node API on snippets placed in each
 * package, so `npm test` proves the rule both refuses and allows; the lint
 * step of `npm test` then holds every real file to it.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULE = 'luot/package-boundary';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

interface Verdict {
  /** The rule's messages: they name the import and where it lands. */
  refused: string[];
  /** Parse errors, or "file ignored": a snippet that was not linted proves nothing. */
  problems: string[];
}

async function lint(code: string, file: string): Promise<Verdict> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}`, warnIgnored: true });
  if (!result) throw new Error('no lint result');
  return {
    refused: result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message),
    problems: result.messages.filter((m) => m.fatal === true || m.ruleId === null).map((m) => m.message),
  };
}

describe('no relative imports across packages', () => {
  const refused: [string, string, string][] = [
    // The imports this rule was written to end, as they were.
    ["import { startTestHub } from '../../hub-server/test/helpers/test-hub'; export const s = startTestHub;", 'display-board/e2e/probe.test.ts', "'../../hub-server/test/helpers/test-hub' leaves display-board for hub-server"],
    ["import { launchChromium } from '../../display-board/e2e/helpers/hall-driver'; export const l = launchChromium;", 'hub-server/bench/probe.ts', "leaves hub-server for display-board"],
    ["import { SerialPtyPair } from '../../../hardware/src/simulators/serial-pty-pair'; export const s = SerialPtyPair;", 'counter-app/e2e/helpers/probe.ts', "leaves counter-app for hardware"],
    ["import { scanWithKeyboard } from '../kiosk-app/e2e/helpers/dossier-steps'; export const s = scanWithKeyboard;", 'e2e/probe.test.ts', 'leaves the repository root for kiosk-app'],
    // Into the repository's root folders from a package, and every import form.
    ["import { x } from '../../scripts/electron-shell-bundle'; export const y = x;", 'hardware/test/probe.test.ts', 'leaves hardware for the repository root'],
    ["export { x } from '../../protocol/src/index';", 'hub-server/src/probe.ts', 'leaves hub-server for protocol'],
    ["export * from '../../hardware/src/index';", 'testing/src/probe.ts', 'leaves testing for hardware'],
    ["export const load = () => import('../../hub-server/src/index');", 'kiosk-app/test/probe.test.ts', 'leaves kiosk-app for hub-server'],
    ["import type { Db } from '../../hub-server/src/db/open'; export type D = Db;", 'testing/src/probe.ts', 'leaves testing for hub-server'],
    // From a renderer into the browser-safe packages' sources: renderers import them by package name.
    ["import { x } from '../../../../hub-client/src/command-retry'; export const y = x;", 'kiosk-app/src/renderer/screens/Probe.tsx', 'leaves kiosk-app for hub-client'],
    ["import { x } from '../../../../hardware/src/client/agent-client'; export const y = x;", 'kiosk-app/src/renderer/screens/Probe.tsx', 'leaves kiosk-app for hardware'],
    ["import { x } from '../../../../protocol/src/index'; export const y = x;", 'counter-app/src/renderer/screens/Probe.tsx', 'leaves counter-app for protocol'],
  ];

  it.each(refused)('refuses %s in %s', async (code, file, said) => {
    const verdict = await lint(code, file);
    expect(verdict.problems).toEqual([]);
    expect(verdict.refused).toHaveLength(1);
    expect(verdict.refused[0]).toContain(said);
  });

  const allowed: [string, string][] = [
    ["import { startTestHub } from '@luot/testing'; export const s = startTestHub;", 'display-board/e2e/probe.test.ts'],
    ["import { x } from '@luot/hardware/simulators/index'; export const y = x;", 'counter-app/e2e/probe.test.ts'],
    ["import { x } from '../src/hub'; export const y = x;", 'hub-server/test/probe.test.ts'],
    ["import { x } from './helpers/kiosk-harness'; export const y = x;", 'kiosk-app/e2e/probe.test.ts'],
    ["import { x } from '../../../src/renderer/model/hall-store'; export const y = x;", 'counter-app/e2e/helpers/deep/probe.ts'],
    // Root folders among themselves: the root is one package.
    ["import { x } from '../scripts/electron-shell-bundle'; export const y = x;", 'e2e/probe.test.ts'],
    ["import { x } from '../electron-shell-bundle'; export const y = x;", 'scripts/test/probe.test.ts'],
  ];

  it.each(allowed)('allows %s in %s', async (code, file) => {
    expect(await lint(code, file)).toEqual({ refused: [], problems: [] });
  });
});
