/**
 * What the terminal remembers. The chosen counter stays in localStorage (per
 * terminal, across days); the session token only in sessionStorage, so
 * closing the browser signs the officer out of this machine.
 */
import type { LoginResponse } from '@luot/protocol';

export interface SavedSession {
  login: LoginResponse;
  /** The counter (officer console only). */
  counter: number | null;
}

const COUNTER_KEY = 'luot.counter';

export function rememberedCounter(): number | null {
  const value = Number(localStorage.getItem(COUNTER_KEY));
  return Number.isInteger(value) && value > 0 ? value : null;
}

export function rememberCounter(counter: number): void {
  localStorage.setItem(COUNTER_KEY, String(counter));
}

export function loadSession(key: string): SavedSession | null {
  const raw = sessionStorage.getItem(key);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as SavedSession;
    return typeof parsed.login?.token === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(key: string, session: SavedSession | null): void {
  if (session === null) sessionStorage.removeItem(key);
  else sessionStorage.setItem(key, JSON.stringify(session));
}
