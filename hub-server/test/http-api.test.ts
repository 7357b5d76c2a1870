import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssuedTicket, PublicTicketStatus, ServiceSummary, TicketView } from '@luot/protocol';
import { cid, command, connected, createClient, login, nextEvent } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => hub.close());

const json = (method: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

describe('HTTP API /api/v1', () => {
  it('issues a ticket once per Idempotency-Key and shows its public status', async () => {
    const headers = { 'idempotency-key': 'kiosk-tap-000001' };
    const first = await fetch(`${hub.url}/api/v1/tickets`, json('POST', TEST_TOKENS.kiosk, { service: 'DKKD', priority: 'elderly' }, headers));
    expect(first.status).toBe(201);
    const ticket = (await first.json()) as IssuedTicket;
    expect(ticket).toMatchObject({ code: 'A001', number: 1, service: 'DKKD', state: 'waiting', priority: 'elderly', peopleAhead: 0 });
    const again = await fetch(`${hub.url}/api/v1/tickets`, json('POST', TEST_TOKENS.kiosk, { service: 'DKKD', priority: 'elderly' }, headers));
    expect(await again.json()).toEqual(ticket);

    const status = (await (await fetch(`${hub.url}/api/v1/tickets/${ticket.id}`)).json()) as PublicTicketStatus;
    expect(status).toEqual({
      id: ticket.id, code: 'A001', service: 'DKKD', serviceName: { vi: 'Đăng ký kinh doanh', en: 'Business registration' },
      state: 'waiting', peopleAhead: 0, estimatedWaitMinutes: null, counter: null,
    });
    const page = await fetch(`${hub.url}/t/${ticket.id}`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm');
  });

  it('lists services with their load and the procedure catalogue', async () => {
    await fetch(`${hub.url}/api/v1/tickets`, json('POST', TEST_TOKENS.kiosk, { service: 'DATDAI' }));
    const services = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as ServiceSummary[];
    expect(services.find((s) => s.code === 'DATDAI')).toMatchObject({ name: { vi: 'Đất đai', en: 'Land' }, department: 'TNMT', waiting: 1, issuing: true });
    expect(await (await fetch(`${hub.url}/api/v1/procedures`)).json()).toEqual([]);
    expect(await (await fetch(`${hub.url}/healthz`)).json()).toMatchObject({ ok: true, day: '2026-11-23' });
  });

  it('logs in, refuses a wrong password, and lets the officer at a counter act over HTTP with the same broadcasts', async () => {
    const wrong = await fetch(`${hub.url}/api/v1/auth/login`, json('POST', null, { username: 'canbo01', password: 'nope-nope' }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'bad_credentials', message: { vi: 'Sai tên đăng nhập hoặc mật khẩu.' } } });

    const { token } = await login(hub.url, 'canbo01');
    const counterSocket = createClient(hub.url, '/counter', token);
    await connected(counterSocket);
    await command(counterSocket, 'counter:sign-in', { commandId: cid(), counter: 1 });
    const display = createClient(hub.url, '/display', TEST_TOKENS.display);
    await connected(display);

    const empty = await fetch(`${hub.url}/api/v1/counters/1/call-next`, json('POST', token));
    expect(await empty.json()).toBeNull();
    await fetch(`${hub.url}/api/v1/tickets`, json('POST', TEST_TOKENS.kiosk, { service: 'DKKD' }));
    const announced = nextEvent(display, (e) => e.type === 'ticket' && e.action === 'called');
    const called = (await (await fetch(`${hub.url}/api/v1/counters/1/call-next`, json('POST', token))).json()) as TicketView;
    expect(called).toMatchObject({ code: 'A001', counter: 1, state: 'called' });
    expect(await announced).toMatchObject({ call: { code: 'A001', counter: 1 } });
    expect(await (await fetch(`${hub.url}/api/v1/counters/1/recall`, json('POST', token))).json()).toMatchObject({ recallCount: 1 });
    const finished = await fetch(`${hub.url}/api/v1/counters/1/finish`, json('POST', token, { outcome: 'guided' }));
    expect(await finished.json()).toMatchObject({ state: 'done', outcome: 'guided' });

    // Another officer may not act at counter 1; a kiosk may not either.
    const other = await login(hub.url, 'canbo02');
    const forbidden = await fetch(`${hub.url}/api/v1/counters/1/call-next`, json('POST', other.token));
    expect(forbidden.status).toBe(403);
    expect((await fetch(`${hub.url}/api/v1/counters/1/call-next`, json('POST', TEST_TOKENS.kiosk))).status).toBe(403);
    counterSocket.disconnect();
    display.disconnect();
  });

  it('enrols a device for an admin only, and the new token connects', async () => {
    const admin = await login(hub.url, 'admin');
    const officer = await login(hub.url, 'canbo01');
    expect((await fetch(`${hub.url}/api/v1/devices`, json('POST', officer.token, { id: 'display-9', name: 'TV tầng 2', role: 'display' }))).status).toBe(403);
    const created = await fetch(`${hub.url}/api/v1/devices`, json('POST', admin.token, { id: 'display-9', name: 'TV tầng 2', role: 'display' }));
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    const display = createClient(hub.url, '/display', token);
    const snapshot = await connected(display);
    expect(snapshot.hall.name.vi).toContain('Thử Nghiệm');
    display.disconnect();
  });

  it('reports a kiosk printer state that supervisors see', async () => {
    const { token } = await login(hub.url, 'giamsat');
    const admin = createClient(hub.url, '/admin', token);
    await connected(admin);
    const seen = nextEvent(admin, (e) => e.type === 'device');
    const r = await fetch(`${hub.url}/api/v1/devices/printer`, json('POST', TEST_TOKENS.kiosk, { commandId: cid(), state: 'paper_out' }));
    expect(r.status).toBe(200);
    expect(await seen).toMatchObject({ device: { id: 'kiosk-1', printer: 'paper_out' } });
    admin.disconnect();
  });
});
