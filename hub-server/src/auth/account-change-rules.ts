/**
 * Pure rules of an admin's change to a staff account (issue 17): the hall
 * never loses its last admin who can sign in, and an admin never locks
 * themselves out (another admin has to do that).
 */
import { luotError, type LuotError, type StaffRole } from '@luot/protocol';

export interface AccountState {
  id: string;
  role: StaffRole;
  active: boolean;
  /** Whether it has a password at all (an account without one cannot sign in). */
  canSignIn: boolean;
}

/**
 * Why a change from `before` to `after` may not be made by `actorId`, or
 * null when it may. `accounts`: every account as it is now.
 */
export function refuseAccountChange(
  actorId: string | null,
  before: AccountState,
  after: { role: StaffRole; active: boolean },
  accounts: readonly AccountState[],
): LuotError | null {
  const wasAdmin = before.role === 'admin' && before.active;
  const staysAdmin = after.role === 'admin' && after.active;
  if (!wasAdmin || staysAdmin) return null;
  const field = after.active ? 'role' : 'active';
  if (actorId === before.id) {
    return luotError(
      'conflict',
      {
        vi: after.active
          ? 'Bạn không thể tự bỏ quyền quản trị của chính mình: hãy nhờ một quản trị viên khác.'
          : 'Bạn không thể tự khóa tài khoản của chính mình: hãy nhờ một quản trị viên khác.',
        en: after.active ? 'You cannot remove your own admin role: ask another admin.' : 'You cannot deactivate your own account: ask another admin.',
      },
      field,
    );
  }
  const otherAdmins = accounts.filter((a) => a.id !== before.id && a.role === 'admin' && a.active && a.canSignIn);
  if (otherAdmins.length === 0) {
    return luotError(
      'conflict',
      {
        vi: 'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng đang hoạt động.',
        en: 'The last active admin cannot be deactivated or given another role.',
      },
      field,
    );
  }
  return null;
}
