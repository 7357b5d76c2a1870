/**
 * Settings of one kiosk, from its URL (the Electron shell or the person who
 * sets up a browser kiosk writes them once):
 *   ?token=…        the kiosk's device token (remembered in localStorage)
 *   ?hub=…          the hub's address when the page is not served by the hub (ignored under the Electron shell)
 *   ?agent=…&agentToken=…  the local device agent (browser kiosks; loopback only: kiosk-url-policy.ts)
 *   ?idle=60        seconds without a touch before going home
 *   ?formIdle=180   the same on a dossier form (personal data): longer, never shorter than idle
 *   ?lang=en        the language at start (Vietnamese otherwise)
 *   ?toneStyle=classic|modern  this kiosk's Telex tone placement, over the hall's choice (hall.kiosk.toneStyle)
 *   ?voice=off      no spoken guidance at this kiosk (it has no speakers); the hall mutes all kiosks with hall.kiosk.voice
 */
import type { Language } from './i18n/translate';
import type { ToneStyle } from './keyboard/telex';
import { hubUrlFrom, loopbackAgentOrigin } from './kiosk-url-policy';

export interface KioskConfig {
  hubUrl: string;
  token: string | null;
  agent: { url: string; token: string } | null;
  idleSeconds: number;
  /** Seconds before the idle return when the warning shows. */
  idleWarningSeconds: number;
  /** Seconds without a touch on a dossier form before its warning ends the visit (and drops the data). */
  formIdleSeconds: number;
  formIdleWarningSeconds: number;
  /** Seconds the ticket screen stays up after a printed ticket. */
  ticketSeconds: number;
  /** Seconds the on-screen ticket (with its QR) stays up when nothing was printed. */
  screenTicketSeconds: number;
  startLanguage: Language;
  /** Where the Telex keyboard puts the tone of oa, oe, uy (keyboard/telex.ts); null: as the hall chose. */
  toneStyle: ToneStyle | null;
  /** Spoken guidance from the voice pack: on unless this kiosk or the hall turns it off. */
  voice: boolean;
}

const toneStyleParam = (raw: string | null): ToneStyle | null => (raw === 'classic' || raw === 'modern' ? raw : null);

export const TOKEN_STORAGE_KEY = 'luot.kiosk.token';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function seconds(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/**
 * Reads the kiosk's settings; a token in the URL is stored so a reload without it still works.
 * `inShell`: the page runs in the Electron shell (its preload bridge is there), which ignores `?hub=`.
 */
export function readKioskConfig(location: { search: string; origin: string }, storage: StorageLike | null, inShell = false): KioskConfig {
  const params = new URLSearchParams(location.search);
  let token = params.get('token');
  try {
    if (token) storage?.setItem(TOKEN_STORAGE_KEY, token);
    else token = storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (private mode); the URL token still works for this visit.
  }
  const agentRaw = params.get('agent');
  const agentUrl = agentRaw === null ? null : loopbackAgentOrigin(agentRaw);
  const agentToken = params.get('agentToken');
  const idleSeconds = seconds(params.get('idle'), 60, 3, 3600);
  const formIdleSeconds = Math.max(idleSeconds, seconds(params.get('formIdle'), idleSeconds * 3, 3, 3600));
  return {
    hubUrl: hubUrlFrom(params.get('hub'), location.origin, inShell),
    token,
    agent: agentUrl && agentToken ? { url: agentUrl, token: agentToken } : null,
    idleSeconds,
    idleWarningSeconds: Math.min(10, Math.max(1, Math.floor(idleSeconds / 3))),
    formIdleSeconds,
    formIdleWarningSeconds: Math.min(15, Math.max(1, Math.floor(formIdleSeconds / 3))),
    ticketSeconds: seconds(params.get('ticketSeconds'), 10, 2, 120),
    screenTicketSeconds: seconds(params.get('screenTicketSeconds'), 45, 5, 300),
    startLanguage: params.get('lang') === 'en' ? 'en' : 'vi',
    toneStyle: toneStyleParam(params.get('toneStyle')),
    voice: params.get('voice') !== 'off',
  };
}
