/**
 * Every clip the bundled voice pack holds: its id (the file name without
 * `.wav`), the words it says and the language. The generator makes one file
 * per entry; a hall replaces any file with its own recording of the same words.
 */
import { KIOSK_GUIDANCE } from '@luot/protocol/plain';
import { DEFAULT_PHRASE_EN, DEFAULT_PHRASE_VI, parsePhraseTemplate } from './phrase-template';
import { ENGLISH_NUMBER_WORDS, englishLetterWord } from './english-reading';
import { LETTERS, letterWord } from './ticket-reading';
import { NUMBER_WORDS, digitWord } from './vietnamese-numbers';
import { CHIME_CLIP } from './announcement';

export interface CatalogueEntry {
  clip: string;
  text: string;
  lang: 'vi' | 'en' | 'sound';
}

/** Other wordings seen in halls (shared/DOMAIN.md), shipped so `?phrase=` works with them out of the box. */
export const BUNDLED_PHRASES_VI = [
  DEFAULT_PHRASE_VI,
  'Xin mời số thứ tự {number}, đến quầy số {counter}',
  'Kính mời công dân có số {number} đến quầy số {counter}',
];

function phraseEntries(source: string, prefix: string, lang: 'vi' | 'en'): CatalogueEntry[] {
  const parsed = parsePhraseTemplate(source, 'phrase', prefix);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.value.parts.flatMap((p) => (p.kind === 'text' ? [{ clip: p.word.clip, text: p.word.text, lang }] : []));
}

export function voicePackCatalogue(): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [
    { clip: CHIME_CLIP, text: '(chime)', lang: 'sound' },
    ...BUNDLED_PHRASES_VI.flatMap((p) => phraseEntries(p, 'phrase-', 'vi')),
    ...Array.from({ length: 10 }, (_, d) => ({ ...digitWord(d), lang: 'vi' as const })),
    ...Object.values(NUMBER_WORDS).map((w) => ({ ...w, lang: 'vi' as const })),
    ...LETTERS.map((l) => ({ ...letterWord(l), lang: 'vi' as const })),
    ...phraseEntries(DEFAULT_PHRASE_EN, 'en-phrase-', 'en'),
    ...ENGLISH_NUMBER_WORDS.map((w) => ({ ...w, lang: 'en' as const })),
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => ({ ...englishLetterWord(l), lang: 'en' as const })),
    // The kiosk's spoken instructions (kiosk-app: spoken guidance).
    ...Object.values(KIOSK_GUIDANCE).map((w) => ({ ...w, lang: 'vi' as const })),
  ];
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(e.clip) ? false : (seen.add(e.clip), true)));
}
