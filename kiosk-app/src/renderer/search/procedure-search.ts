/**
 * Ranked search over the procedures catalogue, with or without diacritics.
 *
 * Every query word must match a word of the procedure (as a prefix, so a
 * search narrows while the citizen types), in its name, field, code,
 * department or service name. Ranking favours, in order: the whole query as a
 * phrase at the start of the name, as a phrase in the name, as a phrase in the
 * field or service (so "dat dai" prefers the land field over a name that
 * happens to hold "đài … đặt"), words matched in the name rather than elsewhere, whole words rather than prefixes, and
 * diacritics typed exactly as written.
 *
 * Citizen words: a procedure's `keywords` from the catalogue ("sổ đỏ",
 * "giấy khai sinh") count like its name, and their phrase like the name's.
 * Filler words a citizen puts before what they want ("làm", "xin", "muốn")
 * help when they match and never make a procedure fail.
 *
 * Typing slips: a query word that matches nowhere exactly may still match a
 * word within one or two slips (edit-distance.ts: a letter wrong, missing,
 * doubled or swapped with its neighbour). Procedures found with fewer such
 * near misses always come first, so a typo never buries an exact match.
 */
import type { ProcedureView } from '@luot/protocol/plain';
import { isNearMiss } from './edit-distance';
import { foldText, foldWords } from './fold';

export interface SearchableProcedure {
  procedure: ProcedureView;
  /** Extra words a citizen may use: department and service names in both languages. */
  extraText?: string;
}

export interface SearchHit {
  procedure: ProcedureView;
  score: number;
  /** Query words found only as near misses (0: every word matched as typed). */
  nearMisses: number;
}

interface IndexedProcedure {
  procedure: ProcedureView;
  name: string;
  nameLower: string;
  nameWords: string[];
  otherWords: string[];
  otherText: string;
  /** Each citizen word of the catalogue, folded, with a space before it. */
  keywordTexts: string[];
}

export interface ProcedureIndex {
  search(query: string, limit?: number): SearchHit[];
}

const SCORE = {
  phraseAtStart: 60,
  phraseInName: 30,
  phraseElsewhere: 20,
  wordInName: 10,
  wordElsewhere: 3,
  wholeWord: 2,
  exactDiacritics: 8,
  codeMatch: 50,
  nearMiss: 4,
} as const;

/** Words a citizen says around what they want; optional in a query (folded). */
const FILLER = new Set(['lam', 'xin', 'muon', 'can', 'toi', 'em', 'cho']);

/** Builds the index once per catalogue; searching is then cheap enough for every key press. */
export function buildProcedureIndex(items: readonly SearchableProcedure[]): ProcedureIndex {
  const indexed: IndexedProcedure[] = items.map(({ procedure, extraText }) => ({
    procedure,
    name: foldText(procedure.name),
    nameLower: procedure.name.toLowerCase(),
    nameWords: [...foldWords(procedure.name), ...foldWords((procedure.keywords ?? []).join(' '))],
    keywordTexts: (procedure.keywords ?? []).map((k) => ` ${foldText(k)}`),
    otherWords: foldWords(`${procedure.field} ${procedure.code} ${extraText ?? ''}`),
    otherText: ` ${foldText(`${procedure.field} ${extraText ?? ''}`)}`,
  }));

  return {
    search(query: string, limit = 50): SearchHit[] {
      const words = foldWords(query);
      if (words.length === 0) return [];
      const phrase = words.join(' ');
      const rawLower = query.trim().toLowerCase();
      const hits: SearchHit[] = [];
      for (const item of indexed) {
        const found = scoreItem(item, words, phrase, rawLower);
        if (found) hits.push({ procedure: item.procedure, ...found });
      }
      hits.sort((a, b) => a.nearMisses - b.nearMisses || b.score - a.score || a.procedure.name.localeCompare(b.procedure.name, 'vi'));
      return hits.slice(0, limit);
    },
  };
}

function scoreItem(item: IndexedProcedure, words: string[], phrase: string, rawLower: string): { score: number; nearMisses: number } | null {
  if (item.procedure.code.startsWith(rawLower) && /^\d/.test(rawLower)) return { score: SCORE.codeMatch, nearMisses: 0 };
  let score = 0;
  let nearMisses = 0;
  let matched = 0;
  for (const word of words) {
    const inName = matchWord(item.nameWords, word);
    if (inName > 0) {
      score += SCORE.wordInName + inName;
      matched++;
      continue;
    }
    const elsewhere = matchWord(item.otherWords, word);
    if (elsewhere > 0) {
      score += SCORE.wordElsewhere + elsewhere;
      matched++;
    } else if (FILLER.has(word)) {
      continue;
    } else if (item.nameWords.some((w) => isNearMiss(word, w)) || item.otherWords.some((w) => isNearMiss(word, w))) {
      score += SCORE.nearMiss;
      nearMisses++;
      matched++;
    } else {
      return null;
    }
  }
  if (matched === 0) return null;
  const keywordPhrase = words.filter((w) => !FILLER.has(w)).join(' ');
  if (item.name.startsWith(phrase)) score += SCORE.phraseAtStart;
  else if (` ${item.name}`.includes(` ${phrase}`)) score += SCORE.phraseInName;
  else if (keywordPhrase !== '' && item.keywordTexts.some((k) => k.includes(` ${keywordPhrase}`))) score += SCORE.phraseInName;
  else if (words.length > 1 && item.otherText.includes(` ${phrase}`)) score += SCORE.phraseElsewhere;
  if (rawLower !== phrase && item.nameLower.includes(rawLower)) score += SCORE.exactDiacritics;
  return { score, nearMisses };
}

/** 0: no word matches; 1: a prefix matches; 1 + wholeWord: a whole word matches. */
function matchWord(candidates: readonly string[], word: string): number {
  let best = 0;
  for (const candidate of candidates) {
    if (candidate === word) return 1 + SCORE.wholeWord;
    if (candidate.startsWith(word)) best = 1;
  }
  return best;
}
