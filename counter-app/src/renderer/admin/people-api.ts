/**
 * The hub's routes behind the console's Officers and Devices screens (issue
 * 17), with the admin's Bearer token in the header. Never throws: a network
 * failure is `hub_unreachable`, a refusal the hub's typed error.
 */
import {
  API_BASE,
  isLuotError,
  luotError,
  type CreateUserRequest,
  type DeviceOverview,
  type DeviceToken,
  type PairingClaim,
  type PlacedDevice,
  type Result,
  type StaffAccount,
  type StaffOverview,
  type UpdateDeviceRequest,
  type UpdateUserRequest,
} from '@luot/protocol';

async function send<T>(method: string, path: string, token: string | null, body?: unknown): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, error: luotError('hub_unreachable') };
  }
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: parsed as T };
  const error = typeof parsed === 'object' && parsed !== null && 'error' in parsed ? (parsed as { error: unknown }).error : null;
  return { ok: false, error: isLuotError(error) ? error : luotError(response.status === 401 ? 'unauthenticated' : 'internal') };
}

export const fetchStaffOverview = (token: string | null) => send<StaffOverview[]>('GET', '/staff-overview', token);
export const createOfficer = (token: string | null, body: CreateUserRequest) => send<StaffAccount>('POST', '/users', token, body);
export const changeOfficer = (token: string | null, username: string, body: UpdateUserRequest) =>
  send<StaffAccount>('PATCH', `/users/${encodeURIComponent(username)}`, token, body);

export const fetchDevicesOverview = (token: string | null) => send<DeviceOverview[]>('GET', '/devices/overview', token);
export const claimPairing = (token: string | null, body: PairingClaim) => send<PlacedDevice>('POST', '/pairing/claim', token, body);
export const changeDevice = (token: string | null, id: string, body: UpdateDeviceRequest) =>
  send<PlacedDevice>('PATCH', `/devices/${encodeURIComponent(id)}`, token, body);
export const rotateDeviceToken = (token: string | null, id: string) => send<DeviceToken>('POST', `/devices/${encodeURIComponent(id)}/token`, token);
export const revokeDevice = (token: string | null, id: string) => send<null>('DELETE', `/devices/${encodeURIComponent(id)}`, token);
