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
  for (let attempt = 1; ; attempt++) {
    // Scanner text lands in the page's focused scan sink, as on the kiosk.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'scan-sink');
    await page.evaluate(() => {
      const times: number[] = [];
      (window as unknown as { __scanTimes: number[] }).__scanTimes = times;
      const note = (e: Event) => void times.push(e.timeStamp);
      document.addEventListener('keydown', note, { capture: true });
      document.addEventListener('input', note, { capture: true });
      (window as unknown as { __scanStop: () => void }).__scanStop = () => {
        document.removeEventListener('keydown', note, { capture: true });
        document.removeEventListener('input', note, { capture: true });
      };
    });
    await page.keyboard.type(text, { delay: 0 });
    await page.keyboard.press('Enter');
    // A real scanner's keys come a few ms apart. On a loaded test machine the
    // browser may see a longer gap than the kiosk's 50 ms limit, so the kiosk
    // rightly took it for a person: that burst was no scanner's, send it again.
    const widest = await page.evaluate(() => {
      const w = window as unknown as { __scanTimes: number[]; __scanStop: () => void };
      w.__scanStop();
      return w.__scanTimes.slice(1).reduce((max, t, i) => Math.max(max, t - (w.__scanTimes[i] ?? t)), 0);
    });
    if (widest <= SCANNER_GAP_MS || attempt >= 5) return;
    await page.waitForTimeout(100);
  }
}

/** The kiosk's longest gap between a scanner's keys (ScanListener's maxGapMs). */
const SCANNER_GAP_MS = 50;

export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? '').trim();
}
