/**
 * The admin console's revisions and its refusals in Chromium: a change the
 * hub refuses (a service with citizens waiting) says why, offers the safe
 * path and changes nothing; a revision is rolled back from the history; a
 * supervisor sees the config read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@luot/testing';
import { startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { currentRevision, openAdminSection, saveWithReason } from './helpers/admin-console';

let h: CounterHarness;
let adminToken: string;
beforeAll(async () => {
  h = await startCounterHarness();
  adminToken = (await login(h.hub.url, 'admin')).token;
});
afterAll(async () => {
  await h?.close();
});

describe('admin console: refusals and revisions', () => {
  it('refuses to remove a service with citizens waiting, says why, offers to move them first, and changes nothing', async () => {
    await h.issue('dat-dai');
    const before = await currentRevision(h.hub.url, adminToken);
    await openAdminSection(h.page, h.adminUrl, 'services');
    const row = h.page.locator('fieldset[data-service="dat-dai"]');
    await row.locator('button[data-action="remove-service"]').click();
    await saveWithReason(h.page, 'Bỏ dịch vụ đất đai');
    const refusal = h.page.getByTestId('save-refusal');
    await expect.poll(() => refusal.textContent()).toContain('Dịch vụ còn người đang chờ');
    expect(await refusal.textContent()).toContain('Cấu hình chưa thay đổi gì.');
    expect(await refusal.locator('a[data-action="safe-path"]').getAttribute('href')).toBe('#today');
    const after = await currentRevision(h.hub.url, adminToken);
    expect(after.id).toBe(before.id);
    expect(after.config).toEqual(before.config);
  });

  it('rolls back to an earlier revision from the history', async () => {
    await h.page.getByRole('button', { name: 'Hủy thay đổi' }).click();
    await h.page.locator('nav a[data-section="hall"]').click();
    const address = h.page.locator('input[name="hall.address"]');
    const original = await address.inputValue();
    await address.fill('Số 2 Đường Mới, Phường Trung Tâm');
    await saveWithReason(h.page, 'Đổi địa chỉ sảnh');
    await expect.poll(() => h.page.getByTestId('save-outcome').textContent()).toContain('Đã lưu');
    const changed = await currentRevision(h.hub.url, adminToken);

    await h.page.locator('nav a[data-section="revisions"]').click();
    const history = h.page.getByTestId('revisions');
    await history.locator(`tr[data-revision="${changed.id}"]`).waitFor();
    expect(await history.locator(`tr[data-revision="${changed.id}"]`).textContent()).toContain('Đổi địa chỉ sảnh');
    await history.locator(`tr[data-revision="${changed.id}"] button[data-action="show-diff"]`).click();
    await expect.poll(() => h.page.getByTestId('revision-diff').textContent()).toContain('Số 2 Đường Mới');

    const previous = changed.id - 1;
    await history.locator('input[name="reason"]').fill('Địa chỉ cũ mới đúng');
    await history.locator(`tr[data-revision="${previous}"] button[data-action="rollback"]`).click();
    await expect.poll(() => history.getByRole('status').textContent()).toContain(`phiên bản ${previous}`);
    const rolledBack = await currentRevision(h.hub.url, adminToken);
    expect(rolledBack.id).toBeGreaterThan(changed.id);
    expect((rolledBack.config.hall as { address: string }).address).toBe(original);
    await expect.poll(() => history.locator(`tr[data-revision="${rolledBack.id}"]`).textContent()).toContain('Địa chỉ cũ mới đúng');
  });

  it('shows a supervisor the config read-only', async () => {
    const page = await h.context.newPage();
    await openAdminSection(page, h.adminUrl, 'hall', 'giamsat');
    await page.locator('input[name="hall.address"]').waitFor();
    expect(await page.locator('input[name="hall.address"]').isDisabled()).toBe(true);
    expect(await page.getByTestId('save-bar').count()).toBe(0);
    expect(await page.locator('.read-only-note').textContent()).toContain('Chỉ xem');
    await page.close();
  });
});
