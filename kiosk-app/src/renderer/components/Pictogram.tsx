import type { ReactElement } from 'react';

/** Draws one of the kiosk's 64×64 stroke pictograms; decorative, the text beside it says what it is. */
export function Pictogram({ drawing, size = '1em', className }: { drawing: ReactElement; size?: string; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth={4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {drawing}
    </svg>
  );
}
