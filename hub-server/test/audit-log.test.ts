/**
 * The audit log is complete and readable (issue 15): account and device
 * changes and the config each start ran on are recorded next to sign-ins and
 * personal-data reads; an admin reads it filtered by who, what and when, as
 * JSON or as a CSV file Excel opens with its Vietnamese intact; supervisors
 * may not read it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '@luot/protocol';
import { login, testHallConfig, startTestHub, type TestHub } from '@luot/testing';

const START = Date.parse('2026-11-23T08:00:00+07:00');
let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, now: START });
});
afterEach(async () => {
  await hub.close();
});

const send = (method: string, path: string, token: string, body?: unknown) =>
  fetch(`${hub.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const page = async (token: string, query: string) => (await (await send('GET', `/api/v1/audit?${query}`, token)).json()) as AuditPage;

describe('the audit log', () => {
  it('records account, device and config changes, and an admin reads it by who, what and when', async () => {
    const admin = (await login(hub.url, 'admin')).token;
    hub.clock.advance(60_000);
    expect((await send('POST', '/api/v1/users', admin, { username: 'canbo09', name: 'Hồ Thị Giang', role: 'officer', password: 'mot-mat-khau' })).status).toBe(201);
    expect((await send('PATCH', '/api/v1/users/canbo09', admin, { role: 'supervisor', password: 'mat-khau-moi' })).status).toBe(200);
    hub.clock.advance(60_000);
    expect((await send('POST', '/api/v1/devices', admin, { id: 'display-9', name: 'TV tầng 2', role: 'display' })).status).toBe(201);
    expect((await send('DELETE', '/api/v1/devices/display-9', admin)).status).toBe(204);

    const all = await page(admin, '');
    const actions = all.entries.map((e) => e.action);
    // Newest first; the start's config is the oldest entry.
    expect(actions.slice(0, 4)).toEqual(['device-revoked', 'device-enrolled', 'account-changed', 'account-created']);
    expect(actions.at(-1)).toBe('config-loaded');
    expect(all.entries.at(-1)).toMatchObject({ actor: 'hub', subject: 'Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm', detail: { revision: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    const changed = all.entries.find((e) => e.action === 'account-changed');
    expect(changed).toMatchObject({ actor: 'user:admin', subject: 'canbo09', detail: { role: 'supervisor', password: 'changed' } });
    // Never a password in the log.
    const raw = JSON.stringify(hub.db.prepare('SELECT * FROM audit_log').all());
    for (const secret of ['mot-mat-khau', 'mat-khau-moi', 'secret-pass']) expect(raw).not.toContain(secret);

    // Filters: who (a username or an exact actor), what, from–to.
    expect((await page(admin, 'who=admin&action=sign-in')).entries).toHaveLength(1);
    expect((await page(admin, 'who=user:admin&action=device-enrolled')).entries.map((e) => e.subject)).toEqual(['display-9']);
    expect((await page(admin, 'who=hub')).entries.map((e) => e.action)).toEqual(['config-loaded']);
    const window = await page(admin, `from=${START + 60_000}&to=${START + 120_000}`);
    expect(window.entries.map((e) => e.action)).toEqual(['account-changed', 'account-created']);
    expect(await page(admin, 'limit=2')).toMatchObject({ truncated: true });

    // Supervisors do not see it.
    const supervisor = (await login(hub.url, 'giamsat')).token;
    expect((await send('GET', '/api/v1/audit', supervisor)).status).toBe(403);
    expect((await send('GET', '/api/v1/audit.csv', supervisor)).status).toBe(403);
  });

  it('exports CSV for Excel: BOM, CRLF, quoted fields, Vietnamese intact, and the export itself audited', async () => {
    const admin = (await login(hub.url, 'admin')).token;
    // A username tried at a failed sign-in comes from anyone: it must not become a formula.
    await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: '=cmd', password: 'x' }) });
    const r = await send('GET', '/api/v1/audit.csv', admin);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="nhat-ky-kiem-tra-2026-11-23-08-00-00\.csv"$/);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Thời điểm (giờ Việt Nam),Người thực hiện,Hành động,Đối tượng,Địa chỉ,Chi tiết');
    expect(lines.at(-1)).toBe('');
    expect(text).toContain(",sign-in-failed,'=cmd,");
    expect(text).toContain('2026-11-23 08:00:00,hub,config-loaded,Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm,,"{""revision""');
    expect((await page(admin, 'action=audit-exported')).entries).toMatchObject([{ actor: 'user:admin', detail: { rows: lines.length - 2 } }]);
  });
});
