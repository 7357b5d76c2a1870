import type { RatingTone } from '../model/rating';

/** A drawn face per level (no emoji font needed on the hall's PCs). */
export function RatingFace({ tone, strong }: { tone: RatingTone; strong: boolean }) {
  const mouth =
    tone === 'good'
      ? strong
        ? 'M30 60 Q50 80 70 60'
        : 'M32 62 Q50 72 68 62'
      : tone === 'neutral'
        ? 'M33 64 L67 64'
        : strong
          ? 'M30 70 Q50 50 70 70'
          : 'M32 68 Q50 58 68 68';
  return (
    <svg className="rating-face" viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" strokeWidth="6" />
      <circle cx="36" cy="40" r="5" fill="currentColor" />
      <circle cx="64" cy="40" r="5" fill="currentColor" />
      <path d={mouth} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}
