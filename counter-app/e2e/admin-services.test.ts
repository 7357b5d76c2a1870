/**
 * The admin console's services and counters screens in Chromium: a service
 * added in /admin/ appears on a connected kiosk page without a reload; bound
 * to counter 1, an officer there calls its ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actionButton, currentCode, pressWhenReady, signInOfficer, startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { openAdminSection, saveWithReason } from './helpers/admin-console';

let h: CounterHarness;
let kiosk: Page;
beforeAll(async () => {
  h = await startCounterHarness();
  kiosk = await h.context.newPage();
  await kiosk.goto(`${h.hub.url}/kiosk/?token=demo-kiosk-token-1`);
  await kiosk.locator('[data-screen="welcome"]').waitFor();
});
afterAll(async () => {
  await h?.close();
});

describe('admin console: services and counters', () => {
  it('adds a service that a connected kiosk shows without reloading', async () => {
    await openAdminSection(h.page, h.adminUrl, 'services');
    const services = h.page.getByTestId('services');
    await services.locator('fieldset[data-service]').first().waitFor();
    const before = await services.locator('fieldset[data-service]').count();
    await h.page.locator('button[data-action="add-service"]').click();
    const i = before; // the new service is the last one
    await h.page.locator(`input[name="services.${i}.name.vi"]`).fill('Cấp đổi căn cước');
    await h.page.locator(`input[name="services.${i}.name.en"]`).fill('ID card renewal');
    await h.page.locator(`select[name="services.${i}.department"]`).selectOption('tp');
    const code = await h.page.locator(`input[name="services.${i}.code"]`).inputValue();
    await saveWithReason(h.page, 'Thêm dịch vụ cấp đổi căn cước');
    await expect.poll(() => h.page.getByTestId('save-outcome').textContent()).toContain('Đã lưu');

    // The kiosk page was open all along: the Justice department now offers the new service.
    await kiosk.getByTestId('department-tp').click();
    await expect.poll(() => kiosk.getByTestId(`service-${code}`).textContent(), { timeout: 5_000 }).toContain('Cấp đổi căn cước');
    expect(await kiosk.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  it('binds counter 1 to the new service, and the officer there calls its ticket', async () => {
    await h.page.locator('nav a[data-section="counters"]').click();
    const add = h.page.locator('select[name="counters.0.addService"]');
    await add.waitFor();
    await add.selectOption({ label: 'Cấp đổi căn cước' });
    await expect.poll(() => h.page.getByTestId('counter-1-services').textContent()).toContain('Cấp đổi căn cước');
    await saveWithReason(h.page, 'Quầy 1 nhận thêm cấp đổi căn cước');
    await expect.poll(() => h.page.getByTestId('save-outcome').textContent()).toContain('Đã lưu');

    const hall = (await (await fetch(`${h.hub.url}/api/v1/hall`)).json()) as { services: { code: string; name: { vi: string } }[] };
    const code = hall.services.find((s) => s.name.vi === 'Cấp đổi căn cước')?.code ?? '';
    const ticket = await h.issue(code);
    const officer = await h.context.newPage();
    await signInOfficer(officer, h.counterUrl, 'canbo01', 1);
    await actionButton(officer, 'callNext').waitFor();
    await pressWhenReady(officer, 'callNext', 'F1');
    await expect.poll(() => currentCode(officer).textContent()).toBe(ticket.code);
    await officer.close();
  });
});
