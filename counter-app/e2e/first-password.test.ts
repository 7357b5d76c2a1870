/**
 * A real hall's first sign-in (issue 15): an officer whose password came from
 * the hall's config file is shown the change-password screen instead of the
 * console; a mismatch is said at once; once changed, the console opens, and
 * the config's password no longer signs in. The supervisor's screen asks the
 * same. (The demo hall's published passwords need no change: every other
 * counter test signs in with them.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@luot/testing';
import { DEMO_PASSWORD, startCounterHarness, type CounterHarness } from './helpers/counter-harness';

let h: CounterHarness;
beforeAll(async () => {
  h = await startCounterHarness({ realHall: true });
});
afterAll(async () => {
  await h?.close();
});

describe('first sign-in with a config-given password', () => {
  it('asks the officer for their own password before the console opens', async () => {
    const page = h.page;
    await page.goto(h.counterUrl);
    await page.locator('input[name="username"]').fill('canbo01');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('[name="counter"]').selectOption('1');
    await page.locator('button[type="submit"]').click();

    const form = page.getByTestId('change-password');
    await form.waitFor();
    expect(await form.locator('h1').textContent()).toBe('Đổi mật khẩu lần đầu');
    await page.locator('input[name="new-password"]').fill('mat-khau-rieng-01');
    await page.locator('input[name="confirm-password"]').fill('mat-khau-rieng-02');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Hai mật khẩu mới không giống nhau.');

    await page.locator('input[name="confirm-password"]').fill('mat-khau-rieng-01');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('button[data-action="callNext"]').count(), { timeout: 15_000 }).toBe(1);

    await expect(login(h.hub.url, 'canbo01', DEMO_PASSWORD)).rejects.toThrow(/401/);
    expect((await login(h.hub.url, 'canbo01', 'mat-khau-rieng-01')).mustChangePassword).toBe(false);
  });

  it('asks the supervisor too; cancelling signs out and changes nothing', async () => {
    const page = await h.context.newPage();
    await page.goto(h.adminUrl);
    await page.locator('input[name="username"]').fill('giamsat');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('change-password').waitFor();
    await page.getByRole('button', { name: 'Hủy, đăng xuất' }).click();
    await page.locator('input[name="username"]').waitFor();
    expect((await login(h.hub.url, 'giamsat', DEMO_PASSWORD)).mustChangePassword).toBe(true);
    await page.close();
  });
});
