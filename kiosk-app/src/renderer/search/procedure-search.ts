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
 */
import type { ProcedureView } from '@luot/protocol';
import { foldText, foldWords } from './fold';

export interface SearchableProcedure {
  procedure: ProcedureView;
  /** Extra words a citizen may use: department and service names in both languages. */
  extraText?: string;
}

export interface SearchHit {
  procedure: ProcedureView;
  score: number;
}

interface IndexedProcedure {
  procedure: ProcedureView;
  name: string;
  nameLower: string;
  nameWords: string[];
  otherWords: string[];
  otherText: string;
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
} as const;

/** Builds the index once per catalogue; searching is then cheap enough for every key press. */
export function buildProcedureIndex(items: readonly SearchableProcedure[]): ProcedureIndex {
  const indexed: IndexedProcedure[] = items.map(({ procedure, extraText }) => ({
    procedure,
    name: foldText(procedure.name),
    nameLower: procedure.name.toLowerCase(),
    nameWords: foldWords(procedure.name),
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
        const score = scoreItem(item, words, phrase, rawLower);
        if (score > 0) hits.push({ procedure: item.procedure, score });
      }
      hits.sort((a, b) => b.score - a.score || a.procedure.name.localeCompare(b.procedure.name, 'vi'));
      return hits.slice(0, limit);
    },
  };
}

function scoreItem(item: IndexedProcedure, words: string[], phrase: string, rawLower: string): number {
  if (item.procedure.code.startsWith(rawLower) && /^\d/.test(rawLower)) return SCORE.codeMatch;
  let score = 0;
  for (const word of words) {
    const inName = matchWord(item.nameWords, word);
    if (inName > 0) {
      score += SCORE.wordInName + inName;
      continue;
    }
    const elsewhere = matchWord(item.otherWords, word);
    if (elsewhere === 0) return 0;
    score += SCORE.wordElsewhere + elsewhere;
  }
  if (item.name.startsWith(phrase)) score += SCORE.phraseAtStart;
  else if (` ${item.name}`.includes(` ${phrase}`)) score += SCORE.phraseInName;
  else if (words.length > 1 && item.otherText.includes(` ${phrase}`)) score += SCORE.phraseElsewhere;
  if (rawLower !== phrase && item.nameLower.includes(rawLower)) score += SCORE.exactDiacritics;
  return score;
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
