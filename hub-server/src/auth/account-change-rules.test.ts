import { describe, expect, it } from 'vitest';
import { refuseAccountChange, type AccountState } from './account-change-rules';

const admin = (id: string, over: Partial<AccountState> = {}): AccountState => ({ id, role: 'admin', active: true, canSignIn: true, ...over });
const officer: AccountState = { id: 'o1', role: 'officer', active: true, canSignIn: true };

describe('an admin changing accounts', () => {
  it('may demote or deactivate another admin while one more can sign in', () => {
    const accounts = [admin('a1'), admin('a2'), officer];
    expect(refuseAccountChange('a1', admin('a2'), { role: 'officer', active: true }, accounts)).toBeNull();
    expect(refuseAccountChange('a1', admin('a2'), { role: 'admin', active: false }, accounts)).toBeNull();
  });

  it('may not demote or deactivate the last admin who can sign in', () => {
    // a2 has no password and a3 is inactive: neither counts.
    const accounts = [admin('a1'), admin('a2', { canSignIn: false }), admin('a3', { active: false }), officer];
    expect(refuseAccountChange(null, admin('a1'), { role: 'supervisor', active: true }, accounts)).toMatchObject({ code: 'conflict', field: 'role' });
    expect(refuseAccountChange('o9', admin('a1'), { role: 'admin', active: false }, accounts)).toMatchObject({
      code: 'conflict',
      field: 'active',
      message: { vi: expect.stringContaining('quản trị viên cuối cùng') },
    });
  });

  it('may not demote or deactivate themselves, even with other admins left', () => {
    const accounts = [admin('a1'), admin('a2')];
    expect(refuseAccountChange('a1', admin('a1'), { role: 'officer', active: true }, accounts)).toMatchObject({
      code: 'conflict',
      field: 'role',
      message: { vi: expect.stringContaining('chính mình') },
    });
    expect(refuseAccountChange('a1', admin('a1'), { role: 'admin', active: false }, accounts)).toMatchObject({ code: 'conflict', field: 'active' });
  });

  it('lets anything else through: names, officers, reactivation', () => {
    const accounts = [admin('a1')];
    expect(refuseAccountChange('a1', admin('a1'), { role: 'admin', active: true }, accounts)).toBeNull();
    expect(refuseAccountChange('a1', officer, { role: 'officer', active: false }, accounts)).toBeNull();
    expect(refuseAccountChange('a1', { ...officer, active: false }, { role: 'admin', active: true }, accounts)).toBeNull();
  });
});
