import { describe, expect, it } from 'vitest';
import { ensureFonts, outsideAsar } from './fonts';

describe('the ticket font files', () => {
  it('registers the bundled Noto Sans from node_modules', () => {
    expect(() => ensureFonts()).not.toThrow();
  });

  it('in a packaged Electron app, reads the font from app.asar.unpacked (native code cannot read inside app.asar)', () => {
    expect(outsideAsar('/opt/Luot Kiosk/resources/app.asar/node_modules/@fontsource/noto-sans/files')).toBe(
      '/opt/Luot Kiosk/resources/app.asar.unpacked/node_modules/@fontsource/noto-sans/files',
    );
    expect(outsideAsar('C:\\Program Files\\Luot Kiosk\\resources\\app.asar\\node_modules\\@fontsource\\noto-sans\\files')).toBe(
      'C:\\Program Files\\Luot Kiosk\\resources\\app.asar.unpacked\\node_modules\\@fontsource\\noto-sans\\files',
    );
    expect(outsideAsar('/work/main/node_modules/@fontsource/noto-sans/files')).toBe('/work/main/node_modules/@fontsource/noto-sans/files');
  });
});
