/**
 * The renderer import ban (DESIGN.md: renderers never import hardware,
 * hub-server, electron or Node; they may import protocol and hub-client):
 * the repository's own ESLint config, run
 * through ESLint's Node API on snippets placed in each renderer folder.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BAN_RULES = new Set(['no-restricted-imports', 'luot/renderer-boundary']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

interface Verdict {
  banned: string[];
  /** Parse errors, or "file ignored": a snippet that was not linted proves nothing. */
  problems: string[];
}

async function lint(code: string, file: string): Promise<Verdict> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}`, warnIgnored: true });
  if (!result) throw new Error('no lint result');
  return {
    banned: result.messages.filter((m) => m.ruleId !== null && BAN_RULES.has(m.ruleId)).map((m) => m.ruleId ?? ''),
    problems: result.messages.filter((m) => m.fatal === true || m.ruleId === null).map((m) => m.message),
  };
}

const KIOSK_SCREEN = 'kiosk-app/src/renderer/screens/Probe.tsx';
const KIOSK_TOP = 'kiosk-app/src/renderer/probe.ts';
const COUNTER_SCREEN = 'counter-app/src/renderer/screens/Probe.tsx';
const BOARD_APP = 'display-board/src/app/Probe.tsx';

describe('renderer import ban', () => {
  const forbidden: [string, string, string][] = [
    // Node built-ins, with and without the node: prefix.
    ["import fs from 'fs'; export const f = fs;", KIOSK_SCREEN, 'no-restricted-imports'],
    ["import { readFile } from 'fs/promises'; export const r = readFile;", KIOSK_SCREEN, 'no-restricted-imports'],
    ["import path from 'path'; export const p = path;", COUNTER_SCREEN, 'no-restricted-imports'],
    ["import { spawn } from 'child_process'; export const s = spawn;", BOARD_APP, 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs'; export const r = readFileSync;", KIOSK_SCREEN, 'no-restricted-imports'],
    // Electron, hardware (other than its browser client), the hub, by package name.
    ["import { ipcRenderer } from 'electron'; export const i = ipcRenderer;", KIOSK_SCREEN, 'no-restricted-imports'],
    ["import { x } from '@luot/hardware'; export const y = x;", KIOSK_SCREEN, 'no-restricted-imports'],
    ["import { x } from '@luot/hardware/device-service'; export const y = x;", COUNTER_SCREEN, 'no-restricted-imports'],
    ["import { x } from '@luot/hub-server/queue/queue-rules'; export const y = x;", KIOSK_SCREEN, 'no-restricted-imports'],
    ["import { createHub } from '@luot/hub-server'; export const c = createHub;", BOARD_APP, 'no-restricted-imports'],
    // Any other package of ours: renderers may import protocol, hub-client and the device agent's client only.
    ["import { x } from '@luot/counter-app/model/format'; export const y = x;", KIOSK_SCREEN, 'no-restricted-imports'],
    ["import { x } from '@luot/testing'; export const y = x;", COUNTER_SCREEN, 'no-restricted-imports'],
    // The same code reached by relative paths.
    ["import { installSecurity } from '../main/security'; export const s = installSecurity;", KIOSK_TOP, 'luot/renderer-boundary'],
    ["import { x } from '../../main/shell-config'; export const y = x;", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["import '../../preload/bridge';", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["export * from '../../preload/bridge';", COUNTER_SCREEN, 'luot/renderer-boundary'],
    ["import { x } from '../../../../hub-server/src/queue/queue-rules'; export const y = x;", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["import type { Db } from '../../../../hub-server/src/db/open'; export type D = Db;", COUNTER_SCREEN, 'luot/renderer-boundary'],
    ["import { x } from '../../../../hardware/src/device-service'; export const y = x;", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["import { x } from '../../../../hardware/src/simulators/virtual-printer'; export const y = x;", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["export const load = () => import('../../main/main');", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["import { x } from '../main/board-window'; export const y = x;", BOARD_APP, 'luot/renderer-boundary'],
    ["import { x } from '../../../kiosk-app/src/main/security'; export const y = x;", BOARD_APP, 'luot/renderer-boundary'],
    ["import { x } from '../../../hub-server/src/simulator/hub-link'; export const y = x;", BOARD_APP, 'luot/renderer-boundary'],
    // The browser-safe packages' sources too: renderers import them by package name only.
    ["import { x } from '../../../../hub-client/src/command-retry'; export const y = x;", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["import { x } from '../../../../hardware/src/client/agent-client'; export const y = x;", KIOSK_SCREEN, 'luot/renderer-boundary'],
    ["import { x } from '../../../../protocol/src/index'; export const y = x;", COUNTER_SCREEN, 'luot/renderer-boundary'],
  ];

  it.each(forbidden)('refuses %s in %s', async (code, file, rule) => {
    const verdict = await lint(code, file);
    expect(verdict.problems).toEqual([]);
    expect(verdict.banned).toContain(rule);
  });

  const allowed: [string, string][] = [
    ["import { AgentClient } from '@luot/hardware/client/agent-client'; export const a = AgentClient;", KIOSK_SCREEN],
    ["import { applyHallEvent } from '@luot/protocol'; export const a = applyHallEvent;", COUNTER_SCREEN],
    // The hub's one client is for renderers, by package name (a relative path into its sources is refused: package-boundary.test.ts).
    ["import { createHubClient } from '@luot/hub-client'; export const c = createHubClient;", KIOSK_SCREEN],
    ["import { newCommandId } from '@luot/hub-client'; export const n = newCommandId;", COUNTER_SCREEN],
    ["import { createHubClient } from '@luot/hub-client'; export const c = createHubClient;", BOARD_APP],
    ["import { useState } from 'react'; export const u = useState;", BOARD_APP],
    ["import { useI18n } from '../hooks/use-i18n'; export const u = useI18n;", KIOSK_SCREEN],
    // renderer/main.tsx is the renderer's own entry, not the Electron main folder.
    ["import './main'; import { App } from './App'; export const a = App;", KIOSK_TOP],
    ["import { Announcer } from '../voice/announcer'; export const a = Announcer;", BOARD_APP],
  ];

  it.each(allowed)('allows %s in %s', async (code, file) => {
    expect(await lint(code, file)).toEqual({ banned: [], problems: [] });
  });

  it('leaves the Electron shells alone: they may use Node and Electron', async () => {
    const shell = "import { readFileSync } from 'node:fs'; import fs from 'fs'; import { app } from 'electron'; import { x } from '../renderer/navigation'; export const all = [readFileSync, fs, app, x];";
    expect(await lint(shell, 'kiosk-app/src/main/probe.ts')).toEqual({ banned: [], problems: [] });
    expect(await lint(shell, 'display-board/src/main/probe.ts')).toEqual({ banned: [], problems: [] });
  });
});
