/** Pictograms for the priority classes, so a citizen who reads little can still find theirs. */
import type { ReactElement } from 'react';
import type { PriorityClass } from '@luot/protocol/plain';

export const PRIORITY_ICONS: Record<PriorityClass, ReactElement> = {
  none: (
    <>
      <circle cx="32" cy="16" r="8" />
      <path d="M18 58V38a14 14 0 0 1 28 0v20" />
    </>
  ),
  elderly: (
    <>
      <circle cx="28" cy="12" r="6" />
      <path d="M26 20c-6 6-8 14-6 22l-4 16M26 30l8 6 8-2M22 42l10 4 2 12M46 34v24" />
    </>
  ),
  disability: (
    <>
      <circle cx="28" cy="10" r="5" />
      <path d="M28 18v16h16l6 14" />
      <path d="M24 28a14 14 0 1 0 16 20" />
    </>
  ),
  pregnant: (
    <>
      <circle cx="28" cy="10" r="6" />
      <path d="M26 18c-4 6-4 14 0 20 4 0 14 2 14 10s-8 6-12 6l-2 6M26 38l-2 20" />
    </>
  ),
  small_child: (
    <>
      <circle cx="22" cy="12" r="6" />
      <path d="M12 58V34a10 10 0 0 1 20 0v24" />
      <circle cx="44" cy="30" r="5" />
      <path d="M36 58V46a8 8 0 0 1 16 0v12M32 38l6 4" />
    </>
  ),
  meritorious: (
    <>
      <path d="M22 6h20l-4 16H26z" />
      <circle cx="32" cy="40" r="16" />
      <path d="m32 30 3 7h7l-6 5 2 7-6-4-6 4 2-7-6-5h7z" />
    </>
  ),
};
