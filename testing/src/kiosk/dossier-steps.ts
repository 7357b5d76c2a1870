/** Steps of "Nộp hồ sơ" and "Tra cứu hồ sơ" shared by the dossier e2e test and the screenshots. */
import type { Page } from 'playwright-core';

/** A land procedure of the demo hall (Sở Tài nguyên và Môi trường, service dat-dai). */
export const LAND_PROCEDURE = '1.115728';

/** What the QR of a chip ID card holds (DOMAIN.md "The ID card QR"): 7 fields, empty old ID. */
export const CCCD_QR = '046201000152||Võ Việt Dũng|30072001|Nam|Thôn Đông Hòa 7, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định|10072021';

/** Welcome → "Nộp hồ sơ" → department → procedure → checklist → the form. */
export async function openDossierForm(page: Page, department = 'tnmt', procedure = LAND_PROCEDURE): Promise<void> {
  await page.getByTestId('open-dossier').click();
  await page.locator('[data-screen="dossier-start"]').waitFor();
  await page.getByTestId(`dossier-department-${department}`).click();
  await page.getByTestId(`dossier-procedure-${procedure}`).click();
  await page.locator('[data-screen="dossier-checklist"]').waitFor();
  await page.getByTestId('checklist-continue').click();
  await page.locator('[data-screen="dossier-form"]').waitFor();
}

/**
 * A USB scanner in keyboard mode: the whole code as one fast burst of
 * keystrokes, then Enter. (Letters outside the US layout reach the page as
 * text input, as they do from a scanner's Unicode mode.)
 */
export async function scanWithKeyboard(page: Page, text: string): Promise<void> {
  // Scanner text lands in the page's focused scan sink, as on the kiosk.
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'scan-sink');
  await page.keyboard.type(text, { delay: 0 });
  await page.keyboard.press('Enter');
}

export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? '').trim();
}
