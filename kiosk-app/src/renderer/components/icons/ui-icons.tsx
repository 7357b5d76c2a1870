/** Small pictograms for the kiosk's own buttons and messages (64×64 grid, round strokes). */
import type { ReactElement } from 'react';

export const UI_ICONS = {
  back: <path d="M40 12 20 32l20 20" />,
  home: (
    <>
      <path d="M8 30 32 10l24 20M14 26v30h36V26" />
      <path d="M27 56V40h10v16" />
    </>
  ),
  search: (
    <>
      <circle cx="27" cy="27" r="16" />
      <path d="m39 39 16 16" />
    </>
  ),
  ticket: (
    <>
      <path d="M8 16h48v10a6 6 0 0 0 0 12v10H8V38a6 6 0 0 0 0-12z" />
      <path d="M24 24h16M24 32h16M24 40h10" />
    </>
  ),
  printer: (
    <>
      <path d="M18 24V8h28v16M18 44H10V24h44v20h-8" />
      <path d="M18 36h28v20H18z" />
    </>
  ),
  phone: (
    <>
      <rect x="18" y="6" width="28" height="52" rx="5" />
      <path d="M28 50h8" />
    </>
  ),
  warning: (
    <>
      <path d="M32 8 4 56h56z" />
      <path d="M32 26v14M32 47v1" />
    </>
  ),
  unplugged: (
    <>
      <path d="M22 8v12M34 8v12M16 20h24v10a12 12 0 0 1-24 0zM28 42v14" />
      <path d="m44 40 12 12M56 40 44 52" />
    </>
  ),
  people: (
    <>
      <circle cx="22" cy="18" r="7" />
      <circle cx="44" cy="20" r="6" />
      <path d="M8 54V42a14 14 0 0 1 28 0v12M36 54V42a10 10 0 0 1 20 0v12" />
    </>
  ),
  clock: (
    <>
      <circle cx="32" cy="32" r="24" />
      <path d="M32 18v14l10 8" />
    </>
  ),
  documents: (
    <>
      <path d="M16 6h22l12 12v40H16z" />
      <path d="M38 6v12h12M22 30h20M22 38h20M22 46h14" />
    </>
  ),
  money: (
    <>
      <rect x="6" y="16" width="52" height="32" rx="4" />
      <circle cx="32" cy="32" r="8" />
      <path d="M14 24v16M50 24v16" />
    </>
  ),
  check: <path d="m12 34 14 14 26-30" />,
  hand: (
    <>
      <path d="M22 34V14a4 4 0 0 1 8 0v16M30 28V10a4 4 0 0 1 8 0v18M38 28V14a4 4 0 0 1 8 0v22c0 12-8 20-18 20-8 0-12-4-16-10l-6-10a4 4 0 0 1 7-4l5 6" />
    </>
  ),
  speaker: (
    <>
      <path d="M8 24h12l14-12v40L20 40H8z" />
      <path d="M42 22a14 14 0 0 1 0 20M48 14a24 24 0 0 1 0 36" />
    </>
  ),
  textSize: (
    <>
      <path d="M6 50 20 14l14 36M11 38h18" />
      <path d="M36 50l10-26 10 26M39 42h14" />
    </>
  ),
  language: (
    <>
      <circle cx="32" cy="32" r="24" />
      <path d="M8 32h48M32 8c8 8 8 40 0 48M32 8c-8 8-8 40 0 48" />
    </>
  ),
  idCard: (
    <>
      <rect x="4" y="14" width="56" height="36" rx="4" />
      <circle cx="20" cy="30" r="6" />
      <path d="M10 44c2-5 6-7 10-7s8 2 10 7M36 26h16M36 34h16M36 42h10" />
    </>
  ),
  qr: (
    <>
      <path d="M8 8h18v18H8zM38 8h18v18H38zM8 38h18v18H8z" />
      <path d="M15 15h4v4h-4zM45 15h4v4h-4zM15 45h4v4h-4zM38 38h6v6M50 38h6M38 50v6h6M50 50h6v6M44 44h6v6" />
    </>
  ),
  folder: (
    <>
      <path d="M6 14h18l6 6h28v34H6z" />
      <path d="M32 46V28M24 36l8-8 8 8" />
    </>
  ),
  envelope: (
    <>
      <rect x="6" y="14" width="52" height="36" rx="3" />
      <path d="m8 16 24 20 24-20" />
    </>
  ),
  desk: (
    <>
      <circle cx="32" cy="14" r="7" />
      <path d="M18 36a14 14 0 0 1 28 0M6 36h52v8H6zM12 44v14M52 44v14" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type UiIconName = keyof typeof UI_ICONS;
