/** The handshake check of each namespace: a valid token of a role the namespace admits. */
import { luotError, type LuotError, type Principal } from '@luot/protocol';
import type { Namespace } from 'socket.io';
import type { Authenticator } from './authenticator';
import { checkHandshakeOrigin } from './origin-guard';
import type { OriginPolicy } from './origin-rules';

/** socket.io sends `data` to the client as `connect_error`'s `err.data`. */
class HandshakeError extends Error {
  constructor(readonly data: LuotError) {
    super(data.message.en);
  }
}

/** What each namespace is called in a refusal, in both languages. */
const CHANNEL_NAMES = {
  kiosk: { vi: 'máy lấy số', en: 'kiosk' },
  display: { vi: 'màn hình hiển thị', en: 'display' },
  counter: { vi: 'quầy', en: 'counter' },
  supervisor: { vi: 'giám sát', en: 'supervisor' },
} as const;

export function requireRole(nsp: Namespace, auth: Pick<Authenticator, 'authenticate'>, admits: (p: Principal) => boolean, channel: keyof typeof CHANNEL_NAMES): void {
  const name = CHANNEL_NAMES[channel];
  nsp.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    const result = auth.authenticate(token, socket.handshake.address);
    if (!result.ok) return next(new HandshakeError(result.error));
    if (!admits(result.value)) {
      return next(
        new HandshakeError(
          luotError('forbidden', {
            vi: `Mã này không được phép kết nối vào kênh ${name.vi}.`,
            en: `This token may not connect as ${name.en}.`,
          }),
        ),
      );
    }
    // A counter PC's connection shows its device token next to the officer's session: the counter binding checks it.
    const deviceToken: unknown = socket.handshake.auth?.deviceToken;
    if (channel === 'counter' && result.value.kind === 'staff' && deviceToken !== undefined) {
      const device = auth.authenticate(deviceToken, socket.handshake.address);
      if (!device.ok) return next(new HandshakeError(device.error));
      if (device.value.kind !== 'device' || device.value.role !== 'counter') {
        return next(
          new HandshakeError(
            luotError('forbidden', { vi: 'Mã thiết bị này không phải của máy tính quầy.', en: 'This device token is not a counter PC’s.' }, 'deviceToken'),
          ),
        );
      }
      socket.data.principal = { ...result.value, counterDeviceId: device.value.deviceId };
      return next();
    }
    socket.data.principal = result.value;
    next();
  });
}

/** A browser page of another site is refused before its token is even looked at. */
export function requireOrigin(nsp: Namespace, policy: OriginPolicy): void {
  nsp.use((socket, next) => {
    const refused = checkHandshakeOrigin(policy, socket.handshake.headers);
    next(refused ? new HandshakeError(refused) : undefined);
  });
}

/**
 * socket.io always has the default namespace `/`; the hall uses none of it, so
 * every connection there is refused (an open door that checked no token).
 */
export function refuseAll(nsp: Namespace): void {
  nsp.use((_socket, next) =>
    next(
      new HandshakeError(
        luotError('forbidden', {
          vi: 'Kênh mặc định không nhận kết nối: hãy kết nối vào /kiosk, /counter, /display hoặc /admin.',
          en: 'The default namespace takes no connections: connect to /kiosk, /counter, /display or /admin.',
        }),
      ),
    ),
  );
}
