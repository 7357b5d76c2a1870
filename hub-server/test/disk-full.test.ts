/**
 * The disk fills during a burst of issues. The fault is made with SQLite's
 * `PRAGMA max_page_count` on the hub's own connection: past it SQLite
 * answers SQLITE_FULL, the very code its unix VFS gives for ENOSPC, through
 * the same statement and transaction paths. (A file-size limit, `ulimit -f`
 * in a child process, was not used: Node ignores SIGXFSZ, so the write fails
 * with EFBIG, which SQLite's unix VFS reports as SQLITE_IOERR_WRITE unless
 * the write was partial — not the SQLITE_FULL a full disk, ENOSPC, gives.)
 * Kiosks must get `storage_full` with its
 * Vietnamese text, no ticket may be half-written, and issuing must resume by
 * itself once space returns.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES, type Result } from '@luot/protocol';
import type { TicketReceipt } from '@luot/protocol';
import { cid, command, connected, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets = socketSet();
beforeEach(async () => {
  const base = testHallConfig();
  hub = await startTestHub({ config: testHallConfig({ services: base.services.map((s) => ({ ...s, dailyCap: 9999 })) }), serveApps: false, socketCommandRate: null });
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

const pages = () => hub.db.pragma('page_count', { simple: true }) as number;
const ticketRows = () => hub.db.prepare<[], { id: string; number: number }>("SELECT id, number FROM tickets WHERE service = 'DKKD' ORDER BY number").all();
const issuedEvents = () =>
  (hub.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM events WHERE payload LIKE '%\"action\":\"issued\"%'").get()?.n ?? 0);

describe('a full disk during a burst of issues', () => {
  it('answers storage_full, writes no half ticket, and issues again by itself once space returns', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const issue = (commandId = cid()) => command<TicketReceipt>(kiosk, 'ticket:issue', { commandId, service: 'DKKD' });
    for (let i = 0; i < 3; i++) expect((await issue()).ok).toBe(true);

    // Room for a few more pages, then the disk is full.
    hub.db.pragma(`max_page_count = ${pages() + 2}`);
    const ids = Array.from({ length: 300 }, () => cid());
    const burst: Result<TicketReceipt>[] = await Promise.all(ids.map((id) => issue(id)));
    const refused = burst.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r).toMatchObject({ ok: false, error: { code: 'storage_full', message: DEFAULT_ERROR_MESSAGES.storage_full } });
    }
    expect(DEFAULT_ERROR_MESSAGES.storage_full.vi).toContain('hết chỗ lưu dữ liệu');

    // Nothing half-written: every acknowledged ticket is there with its event, numbers 1..n with no hole, nothing else.
    const accepted = burst.filter((r) => r.ok).length;
    const rows = ticketRows();
    expect(rows).toHaveLength(3 + accepted);
    expect(rows.map((t) => t.number)).toEqual(rows.map((_, i) => i + 1));
    expect(issuedEvents()).toBe(rows.length);

    // Over HTTP the same refusal is a documented 503 (the contract check holds it to openapi.yaml).
    // A single ticket may still fit where a batch did not: issue until the disk says no.
    let status = 0;
    for (let i = 0; i < 50 && status !== 503; i++) {
      const http = await fetch(`${hub.url}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}` },
        body: JSON.stringify({ service: 'DKKD' }),
      });
      status = http.status;
      const body = (await http.json()) as { error?: { code: string } };
      if (status !== 201) expect({ status, code: body.error?.code }).toEqual({ status: 503, code: 'storage_full' });
    }
    expect(status).toBe(503);
    const before = ticketRows().length;
    expect(issuedEvents()).toBe(before);

    // Space returns: no restart, the next issues work, numbering goes on, and a refused command's id is free to retry.
    hub.db.pragma('max_page_count = 1073741823');
    const refusedId = ids[burst.findIndex((r) => !r.ok)]!;
    const retried = await issue(refusedId);
    expect(retried).toMatchObject({ ok: true, value: { ticket: { number: before + 1 } } });
    expect(await issue()).toMatchObject({ ok: true, value: { ticket: { number: before + 2 } } });
  });
});
