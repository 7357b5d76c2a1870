/**
 * A loudspeaker, with sound waves or crossed out. Inline SVG, not the 🔊/🔇
 * emoji: many TVs have no emoji font and draw those as empty boxes.
 */
export function SpeakerIcon({ muted = false, className }: { muted?: boolean; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false" data-icon={muted ? 'speaker-muted' : 'speaker'}>
      <path d="M3 9h4l5-4.5v15L7 15H3z" fill="currentColor" />
      {muted ? (
        <path d="M16 9l6 6m0-6l-6 6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" fill="none" />
      ) : (
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" fill="none" />
      )}
    </svg>
  );
}
