/** The handshake check of each namespace: a valid token of a role the namespace admits. */
import { luotError, type LuotError, type Principal } from '@luot/protocol';
import type { Namespace } from 'socket.io';
import type { AuthService } from '../auth/auth-service';

/** socket.io sends `data` to the client as `connect_error`'s `err.data`. */
class HandshakeError extends Error {
  constructor(readonly data: LuotError) {
    super(data.message.en);
  }
}

export function requireRole(nsp: Namespace, auth: AuthService, admits: (p: Principal) => boolean, roleName: string): void {
  nsp.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    const result = auth.authenticate(token);
    if (!result.ok) return next(new HandshakeError(result.error));
    if (!admits(result.value)) {
      return next(
        new HandshakeError(
          luotError('forbidden', {
            vi: `Mã này không được phép kết nối vào kênh ${roleName}.`,
            en: `This token may not connect as ${roleName}.`,
          }),
        ),
      );
    }
    socket.data.principal = result.value;
    next();
  });
}
