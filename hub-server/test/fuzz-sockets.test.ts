/**
 * Fuzzing every socket event of every namespace against a real hub: random
 * and mutated payloads (fuzz/mutate.ts). Every command must be answered
 * with a well-formed Result, never `internal`; a refused one writes no row;
 * nothing pollutes Object.prototype. Each namespace also gets every other
 * namespace's events (a role's forbidden commands).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { COMMAND_TABLES, NAMESPACES, type CommandTable, type NamespaceName, type Result } from '@luot/protocol';
import {
  cid,
  command,
  connected,
  dossierHallConfig,
  login,
  officerAtCounter,
  PROC_KHDT,
  registerAt,
  socketSet,
  startTestHub,
  TEST_TOKENS,
  type TestHub,
} from '@luot/testing';
import { fuzzSeed, SOCKET_CASES } from './fuzz/budget';
import { liveIds, type LiveIds } from './fuzz/field-values';
import { payloads } from './fuzz/mutate';
import { fromZod } from './fuzz/plausible-payload';
import { rowsWritten, tablesChecksum, writeMark } from './fuzz/rows-written';

let hub: TestHub;
const sockets = socketSet();
const byNamespace = {} as Record<NamespaceName, Socket>;
const live: LiveIds = liveIds();
let ran = 0;
let accepted = 0;

/** Every event of every table, with the schema of the first table that has it. */
const allEvents = new Map<string, CommandTable[string]>();
for (const table of Object.values(COMMAND_TABLES)) for (const [event, spec] of Object.entries(table)) if (!allEvents.has(event)) allEvents.set(event, spec);
const cases = [...(Object.keys(NAMESPACES) as NamespaceName[])].flatMap((nsp) =>
  [...allEvents.keys()].map((event) => ({ nsp, event, spec: (COMMAND_TABLES[nsp] as CommandTable)[event] ?? allEvents.get(event)! })),
);
const perCase = Math.ceil(SOCKET_CASES / cases.length);

function refreshLiveIds(): void {
  const tickets = hub.db.prepare<[], { id: string; code: string }>('SELECT id, code FROM tickets ORDER BY rowid DESC LIMIT 20').all();
  const dossiers = hub.db.prepare<[], { code: string | null; id: string }>('SELECT id, code FROM dossiers ORDER BY rowid DESC LIMIT 10').all();
  if (tickets.length > 0) {
    live.tickets = tickets.map((t) => t.id);
    live.ticketCodes = tickets.map((t) => t.code);
  }
  if (dossiers.length > 0) live.dossiers = dossiers.map((d) => d.code ?? d.id);
}

beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, socketCommandRate: null });
  const admin = await login(hub.url, 'admin');
  byNamespace.kiosk = sockets.open(hub.url, NAMESPACES.kiosk, TEST_TOKENS.kiosk);
  byNamespace.display = sockets.open(hub.url, NAMESPACES.display, TEST_TOKENS.display);
  byNamespace.admin = sockets.open(hub.url, NAMESPACES.admin, admin.token);
  await Promise.all([connected(byNamespace.kiosk), connected(byNamespace.display), connected(byNamespace.admin)]);
  byNamespace.counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
  // The outbox's dispatcher writes a message's progress in the background (claimed, sent), outside any
  // command; fuzzed tickets may carry phones, so it would show as rows written by whichever command runs then.
  await hub.hub.notifications.dispatcher.stop();
  for (let i = 0; i < 12; i++) await command(byNamespace.kiosk, 'ticket:issue', { commandId: cid(), service: i % 2 ? 'DKKD' : 'DATDAI' });
  await registerAt(byNamespace.kiosk, PROC_KHDT);
  refreshLiveIds();
});

afterAll(async () => {
  sockets.closeAll();
  await hub?.close();
  console.log(`fuzz: ${ran} socket commands ran over ${cases.length} (namespace, event) pairs; ${accepted} accepted, ${ran - accepted} refused`);
});

const isResult = (r: unknown): r is Result<unknown> =>
  typeof r === 'object' && r !== null && typeof (r as { ok?: unknown }).ok === 'boolean';

describe('fuzzing the socket commands', () => {
  it.each(cases.map((c) => [c.nsp, c.event, c] as const))('%s %s', async (_nsp, _event, c) => {
    const socket = byNamespace[c.nsp];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(payloads(fromZod(c.spec.schema, live)), async (payload) => {
        ran++;
        hub.clock.advance(1);
        const deep = ++n % 25 === 0;
        const sum = deep ? tablesChecksum(hub.db) : '';
        const before = writeMark(hub.db);
        const ack: unknown = await socket.timeout(3000).emitWithAck(c.event, payload);
        expect(isResult(ack), `ack is a Result: ${JSON.stringify(ack)?.slice(0, 200)}`).toBe(true);
        const result = ack as Result<unknown>;
        if (result.ok) return void accepted++;
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message.vi.length).toBeGreaterThan(0);
        expect(rowsWritten(before, writeMark(hub.db)), `rows written by refused ${c.event}`).toBe(0);
        if (deep) expect(tablesChecksum(hub.db)).toBe(sum);
      }),
      { numRuns: perCase, ...(fuzzSeed() !== undefined ? { seed: fuzzSeed() } : {}) },
    );
    refreshLiveIds();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(socket.connected).toBe(true);
  });
});
