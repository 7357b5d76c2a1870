import { describe, expect, it } from 'vitest';
import { moodOf, ratingLevels } from './rating';

describe('faces of the rating levels', () => {
  it('gives "Rất hài lòng" and "Hài lòng" different faces on both scales', () => {
    expect(ratingLevels(3).map((l) => [l.label.vi, moodOf(l)])).toEqual([
      ['Rất hài lòng', 'delighted'],
      ['Hài lòng', 'pleased'],
      ['Không hài lòng', 'angry'],
    ]);
    const five = ratingLevels(5).map(moodOf);
    expect(new Set(five).size).toBe(5);
  });
});
