/**
 * The satisfaction question asked after each service (DOMAIN.md "Ratings")
 * and how the 3- and 5-level scales map onto the stored 1–5 rating.
 */
import type { LocalizedText, Rating, RatingScale } from '@luot/protocol';

export const RATING_QUESTION: LocalizedText = {
  vi: 'Ông/Bà đánh giá thế nào về thái độ của cán bộ khi tiếp nhận, hướng dẫn hồ sơ?',
  en: "How do you rate the officer's attitude when receiving and guiding your dossier?",
};

export type RatingTone = 'good' | 'neutral' | 'bad';

export interface RatingLevel {
  value: Rating;
  label: LocalizedText;
  tone: RatingTone;
}

const VERY_SATISFIED: RatingLevel = { value: 5, label: { vi: 'Rất hài lòng', en: 'Very satisfied' }, tone: 'good' };
const UNSATISFIED_3: RatingLevel = { value: 1, label: { vi: 'Không hài lòng', en: 'Not satisfied' }, tone: 'bad' };

/** Levels in the order shown, best first. A 3-level hall stores 5, 3 and 1 (protocol `RATINGS`). */
export function ratingLevels(scale: RatingScale): RatingLevel[] {
  if (scale === 3) {
    return [VERY_SATISFIED, { value: 3, label: { vi: 'Hài lòng', en: 'Satisfied' }, tone: 'good' }, UNSATISFIED_3];
  }
  return [
    VERY_SATISFIED,
    { value: 4, label: { vi: 'Hài lòng', en: 'Satisfied' }, tone: 'good' },
    { value: 3, label: { vi: 'Bình thường', en: 'Neutral' }, tone: 'neutral' },
    { value: 2, label: { vi: 'Không hài lòng', en: 'Not satisfied' }, tone: 'bad' },
    { value: 1, label: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' }, tone: 'bad' },
  ];
}

/**
 * The face drawn for a level. "Rất hài lòng" and "Hài lòng" must look clearly
 * different to a citizen who reads little: a solid, broadly grinning face
 * against an outlined, gently smiling one (and a different colour).
 */
export type RatingMood = 'delighted' | 'pleased' | 'neutral' | 'displeased' | 'angry';

export function moodOf(level: RatingLevel): RatingMood {
  if (level.tone === 'good') return level.value === 5 ? 'delighted' : 'pleased';
  if (level.tone === 'neutral') return 'neutral';
  return level.value === 1 ? 'angry' : 'displeased';
}

/** The stored rating for an answer, or null when it is not a level of the scale. */
export function toRating(value: number, scale: RatingScale): Rating | null {
  return ratingLevels(scale).find((l) => l.value === value)?.value ?? null;
}
