/**
 * A device with no token pairs itself (issue 17): it asks the hub for a code
 * to show, then polls until an admin confirms the code in the console and the
 * hub hands over the device's token. Never throws: a network failure is
 * `hub_unreachable`, and the caller shows it and tries again.
 *
 * @example
 * const stop = pairDevice('', 'kiosk', {
 *   onCode: (t) => show(t.code, t.expiresAt),
 *   onPaired: (p) => { localStorage.setItem(KEY, p.token); location.reload(); },
 *   onError: (e) => show(e.message.vi),
 * });
 */
import { API_BASE, fail, isLuotError, luotError, ok, type DeviceRole, type LuotError, type PairingStatus, type PairingTicket, type Result } from '@luot/protocol/plain';

async function send<T>(url: string, init?: RequestInit): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return fail(luotError('hub_unreachable'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && typeof body === 'object' && body !== null) return ok(body as T);
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  return fail(isLuotError(error) ? error : luotError('internal'));
}

/** `POST /api/v1/pairing`: a code to show, and the secret to poll with. */
export const requestPairingCode = (hubUrl: string, role: DeviceRole): Promise<Result<PairingTicket>> =>
  send(`${hubUrl}${API_BASE}/pairing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });

/** `GET /api/v1/pairing/{pairingId}`: still waiting, or paired with the token. */
export const pairingStatus = (hubUrl: string, pairingId: string): Promise<Result<PairingStatus>> =>
  send(`${hubUrl}${API_BASE}/pairing/${encodeURIComponent(pairingId)}`);

export interface PairingCallbacks {
  onCode(ticket: PairingTicket): void;
  onPaired(paired: Extract<PairingStatus, { state: 'paired' }>): void;
  /** The hub is unreachable or refused; pairing carries on by itself after a pause. */
  onError(error: LuotError): void;
}

export interface PairingTimings {
  /** How often the device asks whether it is paired (default 1.5 s: the admin sees it go on at once). */
  pollMs?: number;
  /** The pause after an error before asking again (default 5 s). */
  retryMs?: number;
}

/**
 * Runs pairing until the token arrives or `stop()` is called: a new code
 * whenever the shown one expires (or the hub forgot it in a restart).
 */
export function pairDevice(hubUrl: string, role: DeviceRole, on: PairingCallbacks, timings: PairingTimings = {}): () => void {
  const pollMs = timings.pollMs ?? 1500;
  const retryMs = timings.retryMs ?? 5000;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = (fn: () => Promise<void>, ms: number) => {
    if (!stopped) timer = setTimeout(() => void fn(), ms);
  };

  async function newCode(): Promise<void> {
    const ticket = await requestPairingCode(hubUrl, role);
    if (stopped) return;
    if (!ticket.ok) {
      on.onError(ticket.error);
      return later(newCode, retryMs);
    }
    on.onCode(ticket.value);
    const poll = async (): Promise<void> => {
      const status = await pairingStatus(hubUrl, ticket.value.pairingId);
      if (stopped) return;
      if (status.ok && status.value.state === 'paired') return on.onPaired(status.value);
      if (status.ok) return later(poll, pollMs);
      // Expired or forgotten: a fresh code at once. Unreachable: wait, then poll again.
      if (status.error.code === 'not_found') return newCode();
      on.onError(status.error);
      return later(poll, retryMs);
    };
    later(poll, pollMs);
  }

  void newCode();
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
  };
}
