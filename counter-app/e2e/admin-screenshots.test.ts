/**
 * Screenshots for docs/admin/: each screen of the admin console on a tablet's
 * width, with something to see (a check's diff, a refusal, an import's bad
 * rows, a revision's diff). They go to .luot-tmp/screenshots/admin/
 * (git-ignored); `bash scripts/refresh-docs.sh admin` copies them into docs/.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from '@luot/testing/browser';
import { startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { openAdminSection, saveWithReason } from './helpers/admin-console';
import { BAD_ROWS_CSV } from './helpers/procedures-csv';

const shots = screenshotDir('admin');
let h: CounterHarness;

beforeAll(async () => {
  h = await startCounterHarness();
  // A tablet in landscape: the console must be usable there.
  await h.page.setViewportSize({ width: 1280, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

const saved = (name: string) => statSync(`${shots}${name}`).size;
const section = (id: string) => h.page.locator(`nav a[data-section="${id}"]`).click();

describe('admin console screenshots', () => {
  it('the hall today, and the hall screen', async () => {
    await openAdminSection(h.page, h.adminUrl, 'today');
    await expect.poll(() => h.page.locator('tr[data-counter]').count()).toBe(10);
    await h.page.screenshot({ path: `${shots}console-today.png` });
    await section('hall');
    await h.page.getByTestId('hall-form').waitFor();
    await h.page.screenshot({ path: `${shots}hall.png`, fullPage: true });
    expect(saved('hall.png')).toBeGreaterThan(20_000);
  });

  it('services, with a check of a change', async () => {
    await section('services');
    await h.page.locator('input[name="services.0.dailyCap"]').fill('150');
    await h.page.getByTestId('save-bar').locator('input[name="reason"]').fill('Giảm số phiếu đăng ký kinh doanh');
    await h.page.getByTestId('save-bar').locator('button[data-action="check"]').click();
    await h.page.getByTestId('save-outcome').waitFor();
    await h.page.screenshot({ path: `${shots}services.png` });
    await h.page.getByRole('button', { name: 'Hủy thay đổi' }).click();
  });

  it('counters, and a refused change with its safe path', async () => {
    await section('counters');
    await h.page.getByTestId('counters-form').waitFor();
    await h.page.screenshot({ path: `${shots}counters.png` });
    await h.issue('dat-dai');
    await section('services');
    await h.page.locator('fieldset[data-service="dat-dai"] input[name$=".prefix"]').fill('X');
    await saveWithReason(h.page, 'Đổi ký hiệu số đất đai');
    const refusal = h.page.getByTestId('save-refusal');
    await refusal.waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await h.page.getByTestId('save-bar').screenshot({ path: `${shots}refused-change.png` });
    await h.page.getByRole('button', { name: 'Hủy thay đổi' }).click();
  });

  it('the calendar with a make-up working day', async () => {
    await section('calendar');
    await h.page.locator('input[name="hours.makeUpDays.new"]').fill('2026-12-19');
    await h.page.locator('button[data-action="add-make-up-days"]').click();
    await h.page.screenshot({ path: `${shots}calendar.png`, fullPage: true });
    await h.page.getByRole('button', { name: 'Hủy thay đổi' }).click();
  });

  it('a procedures import with two bad rows named', async () => {
    await section('procedures');
    await h.page.locator('input[name="procedures-file"]').setInputFiles({ name: 'thu-tuc.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_ROWS_CSV) });
    await h.page.getByTestId('procedures-import').locator('input[name="reason"]').fill('Cập nhật danh mục thủ tục của tỉnh');
    await h.page.locator('button[data-action="preview"]').click();
    await h.page.getByTestId('row-errors').waitFor();
    await h.page.screenshot({ path: `${shots}procedures.png` });
  });

  it('revisions with a diff', async () => {
    await section('hall');
    await h.page.locator('input[name="hall.boardMessage"]').fill('Sảnh làm việc sáng thứ Bảy 19/12 (ngày làm bù)');
    await saveWithReason(h.page, 'Thông báo ngày làm bù');
    await h.page.getByTestId('save-outcome').waitFor();
    await section('revisions');
    const rows = h.page.locator('tr[data-revision]');
    await rows.first().waitFor();
    await rows.first().locator('button[data-action="show-diff"]').click();
    await h.page.getByTestId('revision-diff').waitFor();
    await h.page.screenshot({ path: `${shots}revisions.png`, fullPage: true });
    expect(saved('revisions.png')).toBeGreaterThan(20_000);
  });
});
