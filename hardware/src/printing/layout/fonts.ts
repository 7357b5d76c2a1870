import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans from @fontsource, registered by file path so rendering never
 * depends on the fonts of the machine. Fontsource splits the font by script:
 * the "latin" file has the basic letters, the "vietnamese" file the letters
 * with tones (ễ ậ ờ ữ, Ơ Ư Đ …). We register each under its own family name
 * and always ask for both, so the canvas takes each glyph from whichever has it.
 */
const LATIN = 'Luot Noto Sans';
const VIETNAMESE = 'Luot Noto Sans VI';
const WEIGHTS = [400, 700, 900] as const;
export type FontWeight = (typeof WEIGHTS)[number];

let registered = false;

function fontFilesDir(): string {
  // import.meta.url: in the Electron shell's CommonJS bundle the build
  // defines it as the bundle's own URL (scripts/electron-shell-bundle.ts).
  const require = createRequire(import.meta.url);
  return outsideAsar(join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files'));
}

/**
 * In a packaged Electron app node_modules sit inside app.asar, which only
 * Electron's patched fs can read; the canvas reads font files natively, so
 * electron-builder unpacks the font (asarUnpack) to app.asar.unpacked.
 */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Registers the bundled fonts once; throws if a font file is missing. */
export function ensureFonts(): void {
  if (registered) return;
  const dir = fontFilesDir();
  for (const weight of WEIGHTS) {
    for (const [subset, family] of [['latin', LATIN], ['vietnamese', VIETNAMESE]] as const) {
      const file = join(dir, `noto-sans-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`Cannot load the ticket font ${file}`);
    }
  }
  registered = true;
}

/** A CSS font string for the canvas using the bundled Noto Sans. */
export function font(sizePx: number, weight: FontWeight = 400): string {
  return `${weight} ${Math.round(sizePx)}px "${LATIN}", "${VIETNAMESE}"`;
}
