/**
 * Department pictograms, drawn for this kiosk on a 64×64 grid with round
 * strokes so they read at a glance. Keyed by the `icon` names of the hall
 * config; aliases let a hall use a more familiar word. Unknown names fall
 * back to `building`.
 */
import type { ReactElement } from 'react';

const building = (
  <>
    <path d="M8 56h48M12 56V26h40v30M6 26 32 10l26 16" />
    <path d="M20 32v18M28 32v18M36 32v18M44 32v18" />
  </>
);

const briefcase = (
  <>
    <rect x="8" y="20" width="48" height="32" rx="4" />
    <path d="M24 20v-6a3 3 0 0 1 3-3h10a3 3 0 0 1 3 3v6M8 34h48M28 34v6h8v-6" />
  </>
);

const land = (
  <>
    <path d="M6 50 22 42l20 8 16-8V16l-16 8-20-8-16 8z" />
    <path d="M22 42V16M42 50V24" />
    <circle cx="32" cy="30" r="3" />
  </>
);

const construction = (
  <>
    <path d="M10 56h44M18 56V12h4l26 10H22M22 12l-4 8M34 22v10" />
    <rect x="29" y="32" width="10" height="8" />
    <path d="M18 28h4M18 40h4" />
  </>
);

const agriculture = (
  <>
    <path d="M32 56V26" />
    <path d="M32 38c-10 0-16-6-16-16 10 0 16 6 16 16zM32 30c0-10 6-16 16-16 0 10-6 16-16 16z" />
    <path d="M14 56h36" />
  </>
);

const transport = (
  <>
    <path d="M10 40l5-14a4 4 0 0 1 4-3h26a4 4 0 0 1 4 3l5 14v10H10z" />
    <path d="M10 40h44" />
    <circle cx="20" cy="50" r="4" />
    <circle cx="44" cy="50" r="4" />
  </>
);

const industry = (
  <>
    <path d="M6 56V30l14 8v-8l14 8v-8l14 8V12h10v44z" />
    <path d="M16 48h6M28 48h6M40 48h6" />
  </>
);

const finance = (
  <>
    <ellipse cx="24" cy="20" rx="14" ry="6" />
    <path d="M10 20v8c0 3 6 6 14 6s14-3 14-6v-8M10 28v8c0 3 6 6 14 6" />
    <ellipse cx="42" cy="40" rx="14" ry="6" />
    <path d="M28 40v8c0 3 6 6 14 6s14-3 14-6v-8" />
  </>
);

const justice = (
  <>
    <path d="M32 10v44M20 56h24M12 18h40M32 14v4" />
    <path d="M12 18 5 34h14zM52 18l-7 16h14z" />
    <path d="M5 34a7 5 0 0 0 14 0M45 34a7 5 0 0 0 14 0" />
  </>
);

const family = (
  <>
    <circle cx="22" cy="16" r="6" />
    <circle cx="44" cy="20" r="5" />
    <path d="M10 54V36a12 12 0 0 1 24 0v18M34 54V40a10 10 0 0 1 20 0v14" />
  </>
);

const health = (
  <>
    <rect x="8" y="8" width="48" height="48" rx="8" />
    <path d="M26 18h12v8h8v12h-8v8H26v-8h-8V26h8z" />
  </>
);

const education = (
  <>
    <path d="M4 24 32 12l28 12-28 12z" />
    <path d="M16 30v12c0 4 8 8 16 8s16-4 16-8V30M56 26v16" />
  </>
);

const labor = (
  <>
    <path d="M14 30a18 18 0 0 1 36 0z" />
    <path d="M10 30h44M32 12v6" />
    <path d="M20 36v4a12 12 0 0 0 24 0v-4" />
  </>
);

const document = (
  <>
    <path d="M16 6h22l12 12v40H16z" />
    <path d="M38 6v12h12M22 30h20M22 38h20M22 46h14" />
  </>
);

const idCard = (
  <>
    <rect x="6" y="14" width="52" height="36" rx="4" />
    <circle cx="22" cy="30" r="6" />
    <path d="M12 44a10 8 0 0 1 20 0M38 26h14M38 34h14M38 42h10" />
  </>
);

const house = (
  <>
    <path d="M8 30 32 10l24 20M14 26v30h36V26" />
    <path d="M27 56V40h10v16" />
  </>
);

const environment = (
  <>
    <circle cx="32" cy="32" r="22" />
    <path d="M14 24c8 0 10 6 16 6s4 10 10 10M40 12c-2 6 2 10 8 10M24 52c0-6 4-8 8-8" />
  </>
);

const culture = (
  <>
    <path d="M8 54h48M12 54V28h40v26M8 28l24-16 24 16" />
    <path d="M20 34v14M28 34v14M36 34v14M44 34v14" />
    <circle cx="32" cy="21" r="3" />
  </>
);

const post = (
  <>
    <rect x="6" y="14" width="52" height="36" rx="4" />
    <path d="m6 18 26 18 26-18" />
  </>
);

const result = (
  <>
    <path d="M16 6h22l12 12v40H16z" />
    <path d="m24 36 6 6 12-14" />
  </>
);

const tractor = (
  <>
    <circle cx="18" cy="44" r="10" />
    <circle cx="48" cy="48" r="6" />
    <path d="M18 34V16h14l4 14h14a4 4 0 0 1 4 4v10M28 44h14M40 30V20" />
  </>
);

const flask = (
  <>
    <path d="M24 8h16M26 8v16L10 52a4 4 0 0 0 4 6h36a4 4 0 0 0 4-6L38 24V8" />
    <path d="M18 42h28" />
  </>
);

const returnResult = (
  <>
    <path d="M14 6h22l10 10v18M14 6v50h20" />
    <path d="M20 24h18M20 32h14" />
    <path d="M58 48H38M46 40l-8 8 8 8" />
  </>
);

/** Drawn icons by canonical name. */
export const DEPARTMENT_ICONS: Record<string, ReactElement> = {
  building,
  briefcase,
  land,
  construction,
  agriculture,
  transport,
  industry,
  finance,
  justice,
  family,
  health,
  education,
  labor,
  document,
  'id-card': idCard,
  house,
  environment,
  culture,
  post,
  result,
  tractor,
  flask,
  return: returnResult,
};

/** Other names halls are likely to use for the same pictures. */
export const DEPARTMENT_ICON_ALIASES: Record<string, string> = {
  business: 'briefcase',
  investment: 'briefcase',
  planning: 'briefcase',
  map: 'land',
  'land-use': 'land',
  landmark: 'land',
  crane: 'construction',
  hammer: 'construction',
  leaf: 'agriculture',
  'tractor-farm': 'tractor',
  farm: 'agriculture',
  plant: 'agriculture',
  sprout: 'agriculture',
  car: 'transport',
  bus: 'transport',
  truck: 'transport',
  factory: 'industry',
  trade: 'industry',
  commerce: 'industry',
  coins: 'finance',
  money: 'finance',
  tax: 'finance',
  scale: 'justice',
  scales: 'justice',
  gavel: 'justice',
  people: 'family',
  users: 'family',
  'civil-status': 'family',
  medical: 'health',
  hospital: 'health',
  school: 'education',
  'graduation-cap': 'education',
  worker: 'labor',
  'hard-hat': 'labor',
  file: 'document',
  papers: 'document',
  'file-text': 'document',
  home: 'house',
  globe: 'environment',
  nature: 'environment',
  tree: 'environment',
  museum: 'culture',
  science: 'flask',
  lab: 'flask',
  technology: 'flask',
  'return-result': 'return',
  mail: 'post',
  envelope: 'post',
  'file-check': 'result',
  check: 'result',
};

export function resolveDepartmentIcon(name: string): string {
  const key = name.trim().toLowerCase();
  if (key in DEPARTMENT_ICONS) return key;
  const alias = DEPARTMENT_ICON_ALIASES[key];
  return alias ?? 'building';
}
