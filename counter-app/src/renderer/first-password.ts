/**
 * The first sign-in of an account whose password came from the hall's config
 * file: the hub answers the sign-in with `mustChangePassword` and refuses
 * that session everything but changing it. The screens ask for a new
 * password, change it with the first session, end that session, and sign in
 * again with the new password (so the rest is the usual sign-in).
 */
import { changeOwnPassword, staffLogout } from '@luot/hub-client';
import type { LoginResponse, Result } from '@luot/protocol';

export interface PasswordChange {
  kind: 'password-change';
  token: string;
  /** What the officer just typed; kept only until the change is made or cancelled. */
  currentPassword: string;
}

/** The sign-in's answer when it demands a new password first; null otherwise. */
export function passwordChangeOf(login: LoginResponse, password: string): PasswordChange | null {
  return login.mustChangePassword === true ? { kind: 'password-change', token: login.token, currentPassword: password } : null;
}

export async function completePasswordChange(change: PasswordChange, newPassword: string): Promise<Result<void>> {
  const changed = await changeOwnPassword('', change.token, change.currentPassword, newPassword);
  if (changed.ok) await staffLogout('', change.token);
  return changed;
}

/** Cancelled: the first session ends on the hub too. */
export async function abandonPasswordChange(change: PasswordChange): Promise<void> {
  await staffLogout('', change.token);
}
