/**
 * The board's settings, read from its URL so a TV needs nothing but a
 * bookmark. Bad values are reported (typed errors, shown small on screen for
 * the installer) and replaced by defaults: a board must always come up.
 */
import type { LuotError } from '@luot/protocol/plain';
import { DEFAULT_ANNOUNCEMENT_SETTINGS, ENGLISH_PHRASE, type AnnouncementSettings } from '../voice/announcement';
import { parsePhraseTemplate } from '../voice/phrase-template';
import { NORTHERN_READING, SOUTHERN_READING } from '../voice/vietnamese-numbers';

export type LayoutChoice = 'landscape' | 'portrait' | 'auto';
export type VoiceChoice = 'pack' | 'speech' | 'none';

export interface BoardFilter {
  area: string | null;
  counters: number[] | null;
}

export interface BoardSettings {
  token: string | null;
  filter: BoardFilter;
  layout: LayoutChoice;
  voice: VoiceChoice;
  announcement: AnnouncementSettings;
  /** Seconds the latest call flashes. */
  flashSeconds: number;
  /** How many recent calls are listed. */
  recentCount: number;
  /** Seconds each page of a long list (counters, services) stays before the next. */
  pageSeconds: number;
  /** Folder of the voice pack (ends with `/`). */
  voicePackUrl: string;
  /** Hub origin; empty = the page's own origin (the hub serves the board). */
  hubUrl: string;
}

export const TOKEN_STORAGE_KEY = 'luot.display.token';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const problem = (field: string, vi: string, en: string): LuotError => ({ code: 'invalid_payload', field, message: { vi, en } });

function intParam(params: URLSearchParams, name: string, min: number, max: number, fallback: number, problems: LuotError[]): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(problem(name, `${name} phải là số nguyên ${min}–${max}.`, `${name} must be a whole number ${min}–${max}.`));
    return fallback;
  }
  return n;
}

function choice<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T, problems: LuotError[]): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(problem(name, `${name} phải là một trong: ${allowed.join(', ')}.`, `${name} must be one of: ${allowed.join(', ')}.`));
  return fallback;
}

/**
 * @param defaultVoicePackUrl where the bundled pack is served (Vite's base + `voice/vi/`).
 */
export function parseBoardSettings(
  search: string,
  storage: StorageLike | null,
  defaultVoicePackUrl: string,
): { settings: BoardSettings; problems: LuotError[] } {
  const params = new URLSearchParams(search);
  const problems: LuotError[] = [];

  let token = params.get('token');
  if (token && storage) storage.setItem(TOKEN_STORAGE_KEY, token);
  if (!token && storage) token = storage.getItem(TOKEN_STORAGE_KEY);

  const area = params.get('area')?.trim() || null;
  let counters: number[] | null = null;
  const rawCounters = params.get('counters');
  if (rawCounters !== null) {
    const list = rawCounters.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map(Number);
    if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1 || n > 999)) {
      problems.push(problem('counters', 'counters phải là danh sách số quầy, ví dụ 1,2,3.', 'counters must be a list of counter numbers, e.g. 1,2,3.'));
    } else counters = list;
  }

  const south = choice(params, 'dialect', ['north', 'south'] as const, 'north', problems) === 'south';
  const base = south ? SOUTHERN_READING : NORTHERN_READING;
  const mode = choice(params, 'reading', ['whole', 'digits'] as const, 'whole', problems);
  const four = choice(params, 'four', ['tu', 'bon'] as const, 'tu', problems);

  let phrase = DEFAULT_ANNOUNCEMENT_SETTINGS.phrase;
  const rawPhrase = params.get('phrase');
  if (rawPhrase !== null) {
    const parsed = parsePhraseTemplate(rawPhrase);
    if (parsed.ok) phrase = parsed.value;
    else problems.push(parsed.error);
  }
  const english = params.get('english') === '1' ? ENGLISH_PHRASE() : null;

  let voicePackUrl = params.get('voicePack') ?? defaultVoicePackUrl;
  if (!voicePackUrl.endsWith('/')) voicePackUrl += '/';

  return {
    settings: {
      token,
      filter: { area, counters },
      layout: choice(params, 'layout', ['landscape', 'portrait', 'auto'] as const, 'auto', problems),
      voice: choice(params, 'voice', ['pack', 'speech', 'none'] as const, 'pack', problems),
      announcement: {
        phrase,
        english,
        reading: { ...base, fourAfterTens: four, mode },
        repeat: intParam(params, 'repeat', 1, 3, 2, problems),
        chime: params.get('chime') !== '0',
      },
      flashSeconds: intParam(params, 'flash', 0, 60, 8, problems),
      // Six, three a row, leaves room for bigger type than eight four a row (README "Reading from 15 m").
      recentCount: intParam(params, 'recent', 1, 12, 6, problems),
      pageSeconds: intParam(params, 'page', 2, 60, 8, problems),
      voicePackUrl,
      hubUrl: params.get('hub') ?? '',
    },
    problems,
  };
}
