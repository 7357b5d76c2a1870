/**
 * `POST /api/v1/auth/login`: an officer's or supervisor's username and
 * password for the session token a staff namespace is opened with. Resolves
 * with a typed error, never throws: a network failure is `hub_unreachable`.
 */
import { API_BASE, fail, isLuotError, luotError, ok, type LoginResponse, type Result } from '@luot/protocol/plain';

export async function staffLogin(hubUrl: string, username: string, password: string): Promise<Result<LoginResponse>> {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${API_BASE}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return fail(luotError('hub_unreachable'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && typeof body === 'object' && body !== null && 'token' in body) return ok(body as LoginResponse);
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  return fail(isLuotError(error) ? error : luotError(response.status === 401 ? 'bad_credentials' : 'internal'));
}
