/**
 * Turns a call into what is said: a chime, the phrase (twice by default),
 * then optionally the English phrase. Backends play either the flat list of
 * clip ids (voice pack) or the segments' text (speech synthesis).
 */
import type { CallView } from '@luot/protocol/plain';
import { readEnglishTicketCode, readEnglishWholeNumber } from './english-reading';
import { DEFAULT_PHRASE_EN, DEFAULT_PHRASE_VI, parsePhraseTemplate, type PhraseTemplate } from './phrase-template';
import { DEFAULT_TICKET_READING, readCounterNumber, readTicket, readTicketCode, type TicketReadingOptions } from './ticket-reading';
import { wordsToText, type VoiceWord } from './voice-word';

export const CHIME_CLIP = 'chime';
/** A short silence between the repeats (not a file). */
export const PAUSE_CLIP = 'pause';

export type AnnouncementSegment =
  | { kind: 'chime' }
  | { kind: 'pause' }
  | { kind: 'speech'; lang: 'vi' | 'en'; text: string; words: VoiceWord[] };

export interface AnnouncementSettings {
  phrase: PhraseTemplate;
  /** English phrase said once after the Vietnamese ones; null = Vietnamese only. */
  english: PhraseTemplate | null;
  reading: TicketReadingOptions;
  /** How many times the Vietnamese phrase is said (1–3). */
  repeat: number;
  chime: boolean;
}

function mustParse(source: string, prefix: string): PhraseTemplate {
  const parsed = parsePhraseTemplate(source, 'phrase', prefix);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.value;
}

export const DEFAULT_ANNOUNCEMENT_SETTINGS: AnnouncementSettings = {
  phrase: mustParse(DEFAULT_PHRASE_VI, 'phrase-'),
  english: null,
  reading: DEFAULT_TICKET_READING,
  repeat: 2,
  chime: true,
};

export const ENGLISH_PHRASE = (): PhraseTemplate => mustParse(DEFAULT_PHRASE_EN, 'en-phrase-');

export interface Announcement {
  /** The ticket code and counter said. */
  code: string;
  counter: number;
  recall: number;
  /** The Vietnamese sentence, once (for logs, tests and the speech backend). */
  text: string;
  segments: AnnouncementSegment[];
  /** Every clip in play order: chime, words, pauses — what the voice-pack backend plays. */
  clips: string[];
}

// Plain loops instead of Array#flatMap here and below: old TV browsers (Chromium < 69) lack it.
function fill(template: PhraseTemplate, number: VoiceWord[], counter: VoiceWord[]): VoiceWord[] {
  const out: VoiceWord[] = [];
  for (const p of template.parts) out.push(...(p.kind === 'text' ? [p.word] : p.slot === 'number' ? number : counter));
  return out;
}

/** What an announcement needs of a call: the hub's calls carry the code's prefix and number; a bare code is read alone. */
export type AnnouncedCall = Pick<CallView, 'code' | 'counter' | 'recall'> & Partial<Pick<CallView, 'prefix' | 'number'>>;

/** The call's ticket, read from the parts it carries (the digits as printed: the code after its prefix). */
function readCall(call: AnnouncedCall, opts: TicketReadingOptions): VoiceWord[] {
  if (call.prefix === undefined || call.number === undefined) return readTicketCode(call.code, opts);
  return readTicket(call.prefix, call.code.slice(call.prefix.length), opts);
}

/**
 * @throws RangeError when the call's code cannot be read (not a prefix + digits).
 */
export function buildAnnouncement(call: AnnouncedCall, settings: AnnouncementSettings): Announcement {
  const vi = fill(settings.phrase, readCall(call, settings.reading), readCounterNumber(call.counter, settings.reading));
  const text = wordsToText(vi);
  const segments: AnnouncementSegment[] = settings.chime ? [{ kind: 'chime' }] : [];
  const repeat = Math.min(3, Math.max(1, Math.round(settings.repeat)));
  for (let i = 0; i < repeat; i++) {
    if (i > 0) segments.push({ kind: 'pause' });
    segments.push({ kind: 'speech', lang: 'vi', text, words: vi });
  }
  if (settings.english) {
    const en = fill(settings.english, readEnglishTicketCode(call.code), readEnglishWholeNumber(call.counter));
    segments.push({ kind: 'pause' }, { kind: 'speech', lang: 'en', text: wordsToText(en), words: en });
  }
  const clips: string[] = [];
  for (const s of segments) clips.push(...(s.kind === 'chime' ? [CHIME_CLIP] : s.kind === 'pause' ? [PAUSE_CLIP] : s.words.map((w) => w.clip)));
  return { code: call.code, counter: call.counter, recall: call.recall, text, segments, clips };
}
