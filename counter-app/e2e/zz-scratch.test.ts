import { afterAll, beforeAll, it } from 'vitest';
import { loadHallConfig, DEMO_HALL_CONFIG_PATH } from '@luot/hub-server';
import { startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { openAdminSection } from './helpers/admin-console';

let h: CounterHarness;
beforeAll(async () => {
  h = await startCounterHarness();
  const config = loadHallConfig(DEMO_HALL_CONFIG_PATH);
  const rev = { id: 3, at: Date.now(), actor: 'user:admin', reason: 'Thêm dịch vụ', source: 'admin', state: 'applied', applyOn: null, appliedAt: Date.now(), baseId: 2, hash: 'x' };
  await h.page.route('**/api/v1/config', (route) => route.fulfill({ json: { revision: rev, pending: null, config } }));
  await h.page.route('**/api/v1/config/changes', (route) =>
    route.fulfill({ status: 409, json: { error: { code: 'service_has_waiting_tickets', message: { vi: 'Dịch vụ còn người đang chờ: hãy chuyển các số đang chờ sang dịch vụ khác trước.', en: 'x' } }, problems: [{ code: 'service_has_waiting_tickets', path: 'services[1]', message: { vi: '2 người đang chờ', en: '2 waiting' } }, { code: 'invalid_config', path: 'services[0].prefix', message: { vi: 'trùng ký hiệu', en: 'dup' } }] } }));
  await h.page.route('**/api/v1/config/revisions', (route) => route.fulfill({ json: [rev, { ...rev, id: 2, source: 'file', actor: 'hub', reason: 'Cấu hình khi khởi động' }] }));
});
afterAll(async () => h?.close());

it('looks', async () => {
  await h.page.setViewportSize({ width: 1280, height: 900 });
  for (const s of ['hall', 'services', 'counters', 'calendar', 'procedures', 'revisions']) {
    if (s === 'hall') await openAdminSection(h.page, h.adminUrl, s);
    else await h.page.locator(`nav a[data-section="${s}"]`).click();
    await h.page.waitForTimeout(400);
    if (s === 'services') {
      await h.page.locator('input[name="services.0.dailyCap"]').fill('150');
      await h.page.getByTestId('save-bar').locator('input[name="reason"]').fill('Thử');
      await h.page.getByTestId('save-bar').locator('button[data-action="save"]').click();
      await h.page.waitForTimeout(300);
    }
    await h.page.screenshot({ path: `/tmp/admin-ui-${s}.png` });
  }
}, 60_000);
