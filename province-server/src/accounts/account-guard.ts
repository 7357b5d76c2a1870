/** Who is asking: the session's account, refused with a typed error unless its role may. */
import { luotError, type ProvinceRole } from '@luot/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, sendError } from '../http/http-errors';
import type { Account, AccountRepo } from './account-repo';

export function createAccountGuard(accounts: AccountRepo) {
  return {
    /** The account, or null once the reply has been sent (401 / 403). */
    async require(req: FastifyRequest, reply: FastifyReply, roles: readonly ProvinceRole[]): Promise<Account | null> {
      const token = bearerToken(req.headers.authorization);
      const account = token === null ? null : await accounts.bySession(token);
      if (!account) {
        sendError(reply, luotError('unauthenticated'));
        return null;
      }
      if (!roles.includes(account.role)) {
        sendError(reply, luotError('forbidden'));
        return null;
      }
      return account;
    },
  };
}
export type AccountGuard = ReturnType<typeof createAccountGuard>;

/** The halls an account may see: every hall, or a hall supervisor's own. */
export const visibleHalls = (account: Account): string[] | null => (account.role === 'hall_supervisor' ? [account.hall ?? ''] : null);
