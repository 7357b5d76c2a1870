/** The province API from the browser: the session token in sessionStorage, typed answers. */
import type { HallLive, ProvincePeriodReport } from '@luot/protocol';

const KEY = 'luot-province-token';

export const session = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${session.get() ?? ''}` } });
  if (!res.ok) throw new ApiError(res.status);
  return (await res.json()) as T;
}

export async function signIn(username: string, password: string): Promise<boolean> {
  const res = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) return false;
  session.set(((await res.json()) as { token: string }).token);
  return true;
}

export const liveHalls = () => get<HallLive[]>('/api/v1/halls/live');
export const periodReport = (from: string, to: string) => get<ProvincePeriodReport>(`/api/v1/reports/period?from=${from}&to=${to}`);

/** Downloads the XLSX (a plain link cannot carry the bearer token). */
export async function downloadXlsx(from: string, to: string): Promise<void> {
  const res = await fetch(`/api/v1/reports/period.xlsx?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${session.get() ?? ''}` } });
  if (!res.ok) throw new ApiError(res.status);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = `bao-cao-${from}-${to}.xlsx`;
  link.click();
  URL.revokeObjectURL(link.href);
}
