import type { RatingMood } from '../model/rating';

/**
 * A drawn face per level (no emoji font needed on the hall's PCs). The
 * happiest face is solid with a wide open grin and laughing eyes; the others
 * are outlined, so "very satisfied" and "satisfied" differ in shape, not only
 * in the curve of a line.
 */
export function RatingFace({ mood }: { mood: RatingMood }) {
  if (mood === 'delighted') {
    return (
      <svg className="rating-face" viewBox="0 0 100 100" aria-hidden="true" data-mood={mood}>
        <circle cx="50" cy="50" r="46" fill="currentColor" />
        <path d="M27 40 Q36 28 45 40" fill="none" stroke="#fff" strokeWidth="6" strokeLinecap="round" />
        <path d="M55 40 Q64 28 73 40" fill="none" stroke="#fff" strokeWidth="6" strokeLinecap="round" />
        <path d="M24 55 L76 55 Q72 86 50 86 Q28 86 24 55 Z" fill="#fff" />
      </svg>
    );
  }
  const mouth =
    mood === 'pleased'
      ? 'M34 62 Q50 72 66 62'
      : mood === 'neutral'
        ? 'M33 64 L67 64'
        : mood === 'angry'
          ? 'M30 72 Q50 50 70 72'
          : 'M32 68 Q50 58 68 68';
  return (
    <svg className="rating-face" viewBox="0 0 100 100" aria-hidden="true" data-mood={mood}>
      <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" strokeWidth="6" />
      <circle cx="36" cy="40" r="5" fill="currentColor" />
      <circle cx="64" cy="40" r="5" fill="currentColor" />
      {mood === 'angry' && (
        <path d="M26 28 L42 34 M74 28 L58 34" stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
      )}
      <path d={mouth} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}
