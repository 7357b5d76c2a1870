import { adminCommands, counterCommands, fail, kioskCommands, luotError, ok, type Principal, type Result, type TicketView } from '@luot/protocol';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createLogger } from '../logger';
import { commandBinder, type CommandSocket } from './bind-command';
import { SOCKET_COMMAND_RATE } from './command-rate-rules';

const kiosk: Principal = { kind: 'device', role: 'kiosk', deviceId: 'kiosk-1', name: 'Kiosk sảnh' };

/** A socket that records its listeners, so a test can deliver an event the way socket.io does. */
function fakeSocket() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let any: ((event: string, ...args: unknown[]) => void) | undefined;
  const socket: CommandSocket = {
    on: (event, listener) => listeners.set(event, listener),
    onAny: (listener) => (any = listener),
    data: { principal: kiosk },
  };
  const deliver = (event: string, payload: unknown) =>
    new Promise<Result<unknown>>((resolve) => {
      any?.(event, payload, resolve);
      const listener = listeners.get(event);
      if (listener) listener(payload, resolve);
      else if (!any) resolve(fail(luotError('internal')));
    });
  return { socket, deliver };
}

describe('the command binder', () => {
  it('refuses a flood past the socket\'s limit with a typed error, without running the handler, and recovers as time passes', async () => {
    const { socket, deliver } = fakeSocket();
    let now = 1000;
    let ran = 0;
    const b = commandBinder(socket, adminCommands, createLogger('silent'), ok, { rate: SOCKET_COMMAND_RATE, now: () => now });
    b.bind('hall:message', () => {
      ran++;
      return ok(null);
    });
    b.refuseOthers();
    const results = await Promise.all(Array.from({ length: 150 }, (_, i) => deliver('hall:message', { commandId: `flood-${String(i).padStart(5, '0')}`, message: null })));
    expect(results.filter((r) => r.ok)).toHaveLength(100);
    expect(ran).toBe(100);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(50);
    expect(refused[0]).toEqual({
      ok: false,
      error: {
        code: 'too_many_attempts',
        message: {
          vi: 'Gửi lệnh quá nhanh: lệnh này chưa được thực hiện. Vui lòng thử lại sau giây lát.',
          en: 'Too many commands from this connection: this one was not run. Please try again in a moment.',
        },
      },
    });
    now += 1000;
    const later = await Promise.all(Array.from({ length: 60 }, (_, i) => deliver('hall:message', { commandId: `later-${String(i).padStart(5, '0')}`, message: null })));
    expect(later.filter((r) => r.ok)).toHaveLength(50);
    expect(ran).toBe(150);
  });

  it('lets an officer\'s pace through untouched: 2 commands a second for an hour', async () => {
    const { socket, deliver } = fakeSocket();
    let now = 0;
    const b = commandBinder(socket, adminCommands, createLogger('silent'), ok, { rate: SOCKET_COMMAND_RATE, now: () => now });
    b.bind('hall:message', () => ok(null));
    let refused = 0;
    for (let i = 0; i < 7200; i++) {
      now += 500;
      if (!(await deliver('hall:message', { commandId: `pace-${String(i).padStart(6, '0')}`, message: null })).ok) refused++;
    }
    expect(refused).toBe(0);
  });

  it('re-checks the principal before every command, and refuses unbound events', async () => {
    const { socket, deliver } = fakeSocket();
    let valid = true;
    const b = commandBinder(socket, adminCommands, createLogger('silent'), (p) => (valid ? ok(p) : fail(luotError('unauthenticated'))));
    b.bind('hall:message', () => ok(null));
    b.refuseOthers();
    expect(await deliver('hall:message', { commandId: 'message-0001', message: null })).toEqual({ ok: true, value: null });
    valid = false;
    expect(await deliver('hall:message', { commandId: 'message-0002', message: null })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await deliver('counter:call-next', { commandId: 'call-00001' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keys events and results on the namespace table: a misspelt event does not compile (and would leave the real one refused)', async () => {
    const { socket, deliver } = fakeSocket();
    const b = commandBinder(socket, kioskCommands, createLogger('silent'), ok);
    // @ts-expect-error - not an event of the kiosk's table
    expect(() => b.bind('ticket:isue', () => ok(null))).toThrow(/ticket:isue/);
    // @ts-expect-error - a counter command is not the kiosk's, even with the right handler shape
    expect(() => b.bind('counter:call-next', () => ok(null))).toThrow(/counter:call-next/);
    // @ts-expect-error - dossier:lookup acks a public dossier status, not a number
    b.bind('dossier:lookup', () => ok(42));
    // @ts-expect-error - printer state is posted over HTTP: no socket command
    expect(() => b.bind('device:printer', () => ok(null))).toThrow(/device:printer/);
    b.refuseOthers();
    expect(await deliver('ticket:issue', { commandId: 'issue-00001' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names the event to its handler once: the third argument is the bound event, typed as it', async () => {
    const { socket, deliver } = fakeSocket();
    const b = commandBinder(socket, adminCommands, createLogger('silent'), ok);
    const seen: string[] = [];
    b.bind('hall:message', (_payload, _principal, event) => {
      expectTypeOf(event).toEqualTypeOf<'hall:message'>();
      seen.push(event);
      return ok(null);
    });
    await deliver('hall:message', { commandId: 'message-0003', message: null });
    expect(seen).toEqual(['hall:message']);
  });

  it("gives the handler the schema's output and checks its result against the table's ack type", async () => {
    const { socket, deliver } = fakeSocket();
    const b = commandBinder(socket, counterCommands, createLogger('silent'), ok);
    b.bind('counter:transfer', (payload) => {
      // The schema's default fills toFront: the handler sees a boolean, never undefined.
      expectTypeOf(payload.toFront).toEqualTypeOf<boolean>();
      expectTypeOf(payload.to).toEqualTypeOf<{ service: string } | { counter: number }>();
      return fail(luotError('no_current_ticket'));
    });
    b.bind('counter:call-next', () => ok(null));
    // @ts-expect-error - finish acks a TicketView, not a list of them
    b.bind('counter:finish', () => ok([] as TicketView[]));
    // @ts-expect-error - a field the schema does not have
    b.bind('counter:recall', (payload) => ok(payload.ticketId));
    const admin = commandBinder(socket, adminCommands, createLogger('silent'), ok);
    admin.bind('counter:set-state', (payload) => {
      // The supervisor's set-state names a counter; the officer's does not.
      expectTypeOf(payload.counter).toEqualTypeOf<number>();
      return fail(luotError('forbidden'));
    });
    // The table's schema is the one that parses: transfer without `to` is refused naming it.
    expect(await deliver('counter:transfer', { commandId: 'transfer-0001' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'to' },
    });
  });
});
