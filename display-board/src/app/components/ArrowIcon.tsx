/**
 * "Goes to" (number ➜ counter). Inline SVG: the ➜ character is in neither
 * the bundled Noto Sans subsets nor many TV fonts, where it shows as a box.
 */
export function ArrowIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false" data-icon="arrow">
      <path d="M2 9.5h12V4l8 8-8 8v-5.5H2z" fill="currentColor" />
    </svg>
  );
}
