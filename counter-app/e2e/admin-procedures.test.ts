/**
 * The admin console's procedures import in Chromium: a spreadsheet with two
 * bad rows is previewed (a dry run): the bad rows are named by row, column
 * and why, nothing is applied, and the catalogue stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@luot/testing';
import { DEMO_PASSWORD, startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { currentRevision, openAdminSection } from './helpers/admin-console';
import { BAD_ROWS_CSV } from './helpers/procedures-csv';

let h: CounterHarness;
beforeAll(async () => {
  h = await startCounterHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('admin console: the procedures catalogue', () => {
  it('previews a spreadsheet with two bad rows, names them, and applies nothing', async () => {
    const { token } = await login(h.hub.url, 'admin', DEMO_PASSWORD);
    const before = await currentRevision(h.hub.url, token);
    await openAdminSection(h.page, h.adminUrl, 'procedures');
    const panel = h.page.getByTestId('procedures-import');
    await panel.locator('input[name="procedures-file"]').setInputFiles({ name: 'thu-tuc.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_ROWS_CSV) });
    await panel.locator('input[name="reason"]').fill('Cập nhật danh mục thủ tục của tỉnh');
    await panel.locator('button[data-action="preview"]').click();
    const errors = h.page.getByTestId('row-errors');
    await errors.waitFor();
    await expect.poll(() => errors.locator('tbody tr').count()).toBe(2);
    expect(await errors.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['3', '5']);
    expect(await errors.locator('tr[data-row="3"]').textContent()).toContain('code');
    expect(await errors.locator('tr[data-row="5"]').textContent()).toContain('service');
    expect(await h.page.getByTestId('import-preview').textContent()).toContain('Chạy thử');
    expect(await panel.locator('button[data-action="apply"]').isDisabled()).toBe(true);
    const after = await currentRevision(h.hub.url, token);
    expect(after.id).toBe(before.id);
  });
});
