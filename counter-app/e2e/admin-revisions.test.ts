/**
 * The admin console's revisions and its refusals in Chromium: a change the
 * hub refuses (a ticket prefix changed after today's first ticket) says why,
 * changes nothing and offers the safe path (from tomorrow); a revision is
 * rolled back from the history; a supervisor sees the config read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@luot/testing';
import { DEMO_PASSWORD, startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { currentRevision, openAdminSection, saveWithReason } from './helpers/admin-console';

let h: CounterHarness;
let adminToken: string;
beforeAll(async () => {
  h = await startCounterHarness();
  adminToken = (await login(h.hub.url, 'admin', DEMO_PASSWORD)).token;
});
afterAll(async () => {
  await h?.close();
});

describe('admin console: refusals and revisions', () => {
  it('refuses a prefix changed after today\'s first ticket, says why, changes nothing, and offers to apply it from tomorrow', async () => {
    await h.issue('dat-dai');
    const before = await currentRevision(h.hub.url, adminToken);
    await openAdminSection(h.page, h.adminUrl, 'services');
    const row = h.page.locator('fieldset[data-service="dat-dai"]');
    await row.locator('input[name$=".prefix"]').fill('X');
    await saveWithReason(h.page, 'Đổi ký hiệu số đất đai');
    const refusal = h.page.getByTestId('save-refusal');
    await expect.poll(() => refusal.textContent()).toContain('chỉ đổi ký hiệu từ ngày mai');
    expect(await refusal.textContent()).toContain('Cấu hình chưa thay đổi gì.');
    // The field at fault is named where it is.
    expect(await row.locator('.field-issue').count()).toBeGreaterThan(0);
    const after = await currentRevision(h.hub.url, adminToken);
    expect(after.id).toBe(before.id);
    expect(after.config).toEqual(before.config);

    // The safe path: the same change, kept for tomorrow's rollover; today's config is untouched.
    await refusal.locator('button[data-action="safe-path"]').click();
    await expect.poll(() => h.page.getByTestId('save-outcome').textContent()).toContain('từ ngày mai');
    const pending = await fetch(`${h.hub.url}/api/v1/config`, { headers: { authorization: `Bearer ${adminToken}` } }).then(
      (r) => r.json() as Promise<{ revision: { id: number }; pending: { state: string } | null }>,
    );
    expect(pending.revision.id).toBe(before.id);
    expect(pending.pending?.state).toBe('pending');
    // The console says a change is waiting, and cancels it.
    const notice = h.page.getByTestId('pending-change');
    await expect.poll(() => notice.textContent()).toContain('Đổi ký hiệu số đất đai');
    await notice.locator('button[data-action="cancel-pending"]').click();
    await expect.poll(() => notice.count()).toBe(0);
    const cancelled = await fetch(`${h.hub.url}/api/v1/config`, { headers: { authorization: `Bearer ${adminToken}` } }).then(
      (r) => r.json() as Promise<{ pending: unknown }>,
    );
    expect(cancelled.pending).toBeNull();
  });

  it('rolls back to an earlier revision from the history', async () => {
    await h.page.locator('nav a[data-section="hall"]').click();
    const address = h.page.locator('input[name="hall.address"]');
    const original = await address.inputValue();
    const inForce = await currentRevision(h.hub.url, adminToken);
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

    // Back to the revision in force before the change (ids in between may be a cancelled change for tomorrow).
    const previous = inForce.id;
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
