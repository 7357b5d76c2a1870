/**
 * A rating tally of the day report as a supervisor reads it: for each level
 * of the hall's scale (best first), the votes and their share of the answers,
 * plus the tickets with no answer. Pure.
 */
import type { LocalizedText, RatingScale, RatingTally } from '@luot/protocol';
import { ratingLevels } from './rating';

export interface LevelShare {
  value: number;
  label: LocalizedText;
  votes: number;
  /** Share of the answers, 0–100 with one decimal; null when nobody answered. */
  percent: number | null;
}

export interface RatingShares {
  levels: LevelShare[];
  answered: number;
  noAnswer: number;
}

export function ratingShares(tally: RatingTally, scale: RatingScale): RatingShares {
  const levels = ratingLevels(scale);
  const answered = levels.reduce((sum, l) => sum + tally.votes[String(l.value) as keyof RatingTally['votes']], 0);
  return {
    answered,
    noAnswer: tally.noAnswer,
    levels: levels.map((l) => {
      const votes = tally.votes[String(l.value) as keyof RatingTally['votes']];
      return {
        value: l.value,
        label: l.label,
        votes,
        percent: answered === 0 ? null : Math.round((votes / answered) * 1000) / 10,
      };
    }),
  };
}
