import { describe, expect, it } from 'vitest';
import { ratingShares } from './rating-shares';

const tally = (votes: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>, noAnswer = 0) => ({
  votes: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, ...votes },
  noAnswer,
  satisfiedPercent: null,
});

describe('ratingShares', () => {
  it('gives votes and the share of answers per level of a 3-level hall, best first', () => {
    const shares = ratingShares(tally({ '5': 2, '3': 1, '1': 1 }, 3), 3);
    expect(shares.answered).toBe(4);
    expect(shares.noAnswer).toBe(3);
    expect(shares.levels.map((l) => [l.label.vi, l.votes, l.percent])).toEqual([
      ['Rất hài lòng', 2, 50],
      ['Hài lòng', 1, 25],
      ['Không hài lòng', 1, 25],
    ]);
  });

  it('has five levels on a 5-level scale, one decimal', () => {
    const shares = ratingShares(tally({ '4': 1, '2': 2 }), 5);
    expect(shares.levels).toHaveLength(5);
    expect(shares.levels.find((l) => l.value === 2)?.percent).toBe(66.7);
  });

  it('has no shares without answers', () => {
    const shares = ratingShares(tally({}, 2), 3);
    expect(shares.answered).toBe(0);
    expect(shares.levels.every((l) => l.percent === null && l.votes === 0)).toBe(true);
  });
});
