import { commandOnlySchema, fail, luotError, ok, type KioskClientToServer, type Principal, type Result } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { commandBinder, type CommandSocket } from './bind-command';

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
  it('re-checks the principal before every command, and refuses unbound events', async () => {
    const { socket, deliver } = fakeSocket();
    let valid = true;
    const b = commandBinder<KioskClientToServer>(socket, createLogger('silent'), (p) => (valid ? ok(p) : fail(luotError('unauthenticated'))));
    b.bind('device:printer', commandOnlySchema, () => ok(null));
    b.refuseOthers();
    expect(await deliver('device:printer', { commandId: 'printer-0001' })).toEqual({ ok: true, value: null });
    valid = false;
    expect(await deliver('device:printer', { commandId: 'printer-0002' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await deliver('counter:call-next', { commandId: 'call-00001' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keys events and results on the namespace map: a misspelt event does not compile (and would leave the real one refused)', async () => {
    const { socket, deliver } = fakeSocket();
    const b = commandBinder<KioskClientToServer>(socket, createLogger('silent'), ok);
    // @ts-expect-error - not an event of the kiosk's map
    b.bind('ticket:isue', commandOnlySchema, () => ok(null));
    // @ts-expect-error - device:printer acks null, not a number
    b.bind('device:printer', commandOnlySchema, () => ok(42));
    b.refuseOthers();
    expect(await deliver('ticket:issue', { commandId: 'issue-00001' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
