/** An HTTP-only integration works a counter: sign in, call, recall, no-show, finish, sign out; no socket. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CounterView, HallEvent, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, createClient, login, nextEvent } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
let display: Socket;
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  display = createClient(hub.url, '/display', TEST_TOKENS.display);
  await connected(display);
});
afterEach(async () => {
  display.disconnect();
  await hub.close();
});

const post = (path: string, token: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${hub.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const issue = () => post('/tickets', TEST_TOKENS.kiosk, { service: 'DKKD' });
const eventCount = () => (hub.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
const counterEvent = (e: HallEvent) => e.type === 'counter' && e.counter.number === 1;

describe('counter sign-in over HTTP', () => {
  it('signs in, works the queue and signs out with the broadcasts a socket officer makes', async () => {
    const { token } = await login(hub.url, 'canbo01');
    const opened = nextEvent(display, counterEvent);
    const signIn = await post('/counters/1/sign-in', token);
    expect(signIn.status).toBe(200);
    const view = (await signIn.json()) as CounterView;
    expect(view).toMatchObject({ number: 1, state: 'open', officer: { username: 'canbo01', name: 'Nguyễn Văn An' } });
    // The board gets the same view, without the officer's username (staff usernames stay with staff).
    const { username: _username, ...boardOfficer } = view.officer ?? { username: '' };
    const boardEvent = await opened;
    expect(boardEvent).toMatchObject({ type: 'counter', counter: { ...view, officer: boardOfficer } });
    expect(boardEvent.type === 'counter' && boardEvent.counter.officer).toEqual(boardOfficer);

    await issue();
    await issue();
    const announced = nextEvent(display, (e) => e.type === 'ticket' && e.action === 'called');
    const called = (await (await post('/counters/1/call-next', token)).json()) as TicketView;
    expect(called).toMatchObject({ code: 'A001', state: 'called', counter: 1 });
    expect(await announced).toMatchObject({ call: { code: 'A001', counter: 1 } });
    expect(await (await post('/counters/1/recall', token)).json()).toMatchObject({ recallCount: 1 });
    expect(await (await post('/counters/1/no-show', token)).json()).toMatchObject({ code: 'A001', state: 'no_show' });
    expect(await (await post('/counters/1/call-next', token)).json()).toMatchObject({ code: 'A002' });
    expect(await (await post('/counters/1/finish', token, { outcome: 'dossier_received' })).json()).toMatchObject({ state: 'done', outcome: 'dossier_received' });

    const closed = nextEvent(display, (e) => e.type === 'counter' && e.counter.number === 1 && e.counter.state === 'closed');
    const signOut = await post('/counters/1/sign-out', token);
    expect(signOut.status).toBe(200);
    expect(await signOut.json()).toMatchObject({ number: 1, state: 'closed', officer: null });
    expect(await closed).toMatchObject({ counter: { officer: null } });
    const after = await post('/counters/1/call-next', token);
    expect(after.status).toBe(403);
  });

  it('refuses a counter another officer holds (also one signed in by socket), and sign-out by someone else', async () => {
    const first = await login(hub.url, 'canbo01');
    const second = await login(hub.url, 'canbo02');
    const socket = createClient(hub.url, '/counter', first.token);
    await connected(socket);
    expect(await command(socket, 'counter:sign-in', { commandId: cid(), counter: 1 })).toMatchObject({ ok: true });
    const taken = await post('/counters/1/sign-in', second.token);
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: { code: 'counter_taken', field: 'counter' } });
    const notYours = await post('/counters/1/sign-out', second.token);
    expect(notYours.status).toBe(403);
    expect(await notYours.json()).toMatchObject({ error: { code: 'forbidden' } });
    // The HTTP sign-in is the same sign-in the socket sees: the socket officer may now act at counter 2 after moving there.
    expect((await post('/counters/2/sign-in', first.token)).status).toBe(200);
    expect(await command(socket, 'counter:call-next', { commandId: cid() })).toEqual({ ok: true, value: null });
    expect((await post('/counters/1/sign-in', second.token)).status).toBe(200);
    expect((await post('/counters/3/sign-in', TEST_TOKENS.kiosk)).status).toBe(403);
    socket.disconnect();
  });

  it('runs a counter action once per Idempotency-Key: the same key twice gives the same result and one event', async () => {
    const { token } = await login(hub.url, 'canbo01');
    const key = { 'idempotency-key': 'sign-in-000001' };
    const first = await post('/counters/1/sign-in', token, undefined, key);
    const events = eventCount();
    const again = await post('/counters/1/sign-in', token, undefined, key);
    expect(await again.json()).toEqual(await first.json());
    expect(eventCount()).toBe(events);

    await issue();
    await issue();
    const callKey = { 'idempotency-key': 'call-next-000001' };
    const before = eventCount();
    const called = await (await post('/counters/1/call-next', token, undefined, callKey)).json();
    const afterCall = eventCount();
    expect(afterCall).toBeGreaterThan(before);
    const retried = await (await post('/counters/1/call-next', token, undefined, callKey)).json();
    expect(retried).toEqual(called);
    expect(eventCount()).toBe(afterCall);
    // One call event, however many times the request was sent.
    expect(hub.db.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'ticket' AND action = 'called'").get()).toEqual({ n: 1 });
    expect(called).toMatchObject({ code: 'A001' });

    const finishKey = { 'idempotency-key': 'finish-0000001' };
    const done = await (await post('/counters/1/finish', token, { outcome: 'guided' }, finishKey)).json();
    expect(await (await post('/counters/1/finish', token, { outcome: 'guided' }, finishKey)).json()).toEqual(done);
    // A new key is a new command: the next ticket.
    expect(await (await post('/counters/1/call-next', token, undefined, { 'idempotency-key': 'call-next-000002' })).json()).toMatchObject({ code: 'A002' });
  });
});
