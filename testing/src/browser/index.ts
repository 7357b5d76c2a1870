/** `@luot/testing/browser`: Debian's Chromium, the web apps' builds, and page steps shared across packages. */
export { seriousAxeViolations, type AxeViolation } from './accessibility';
export { CHROMIUM_ARGS, launchChromium } from './chromium';
export { ensureAppBuilt, REPO_ROOT, type WebApp } from './web-apps';
export { BOARD_ROOT, ensureBoardBuilt } from './board-build';
export { SCREENSHOTS_ROOT, screenshotDir } from './screenshots';
export { CCCD_QR, LAND_PROCEDURE, openDossierForm, scanWithKeyboard, textOf } from '../kiosk/dossier-steps';
export { SCREENS, pressWhenEnabled, screenPage, signInAt, type StaffSignIn } from './staff-pages';
