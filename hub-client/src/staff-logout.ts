/**
 * `POST /api/v1/auth/logout`: ends a staff session on the hub, which also
 * disconnects that session's open sockets. Best effort: a screen signs out
 * locally whatever the answer, so this never throws and reports only whether
 * the hub confirmed (an unreachable hub leaves the token to expire by itself).
 */
import { API_BASE } from '@luot/protocol/plain';

export async function staffLogout(hubUrl: string, token: string): Promise<boolean> {
  try {
    const response = await fetch(`${hubUrl}${API_BASE}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    return response.status === 204;
  } catch {
    return false;
  }
}
