/**
 * `POST /api/v1/auth/password`: a signed-in officer chooses their own
 * password. The hub demands it at the first sign-in of an account whose
 * password came from the hall's config file (`mustChangePassword` in the
 * sign-in answer; every other request gets `password_change_required`).
 */
import { API_BASE, fail, isLuotError, luotError, ok, type Result } from '@luot/protocol/plain';

export async function changeOwnPassword(hubUrl: string, token: string, currentPassword: string, newPassword: string): Promise<Result<void>> {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${API_BASE}/auth/password`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword, newPassword }),
    });
  } catch {
    return fail(luotError('hub_unreachable'));
  }
  if (response.status === 204) return ok(undefined);
  const body: unknown = await response.json().catch(() => null);
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  return fail(isLuotError(error) ? error : luotError('internal'));
}
