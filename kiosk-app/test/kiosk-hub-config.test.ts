/**
 * The kiosk's hub link against a real hub (Node, no browser): an admin adds a
 * service and a procedure (issue 17), and the connected kiosk shows both
 * within a second, without reloading or reconnecting.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dossierHallConfig, login, startTestHub, TEST_TOKENS, type TestHub } from '@luot/testing';
import { createKioskHub, type KioskHub } from '../src/renderer/kiosk-hub';

let hub: TestHub;
let kiosk: KioskHub | undefined;
beforeEach(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false });
});
afterEach(async () => {
  kiosk?.close();
  await hub.close();
});

const until = async (pred: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

it('a service and a procedure added in the admin console reach a connected kiosk within a second', async () => {
  kiosk = createKioskHub(hub.url, TEST_TOKENS.kiosk);
  const k = kiosk;
  await until(() => k.getState().snapshot !== null && k.getState().procedures.length === 2, 10_000);
  let offline = false;
  k.subscribe(() => {
    if (k.getState().status !== 'online') offline = true;
  });
  const admin = await login(hub.url, 'admin');
  const { config } = (await (await fetch(`${hub.url}/api/v1/config`, { headers: { authorization: `Bearer ${admin.token}` } })).json()) as {
    config: { services: unknown[]; procedures: Array<Record<string, unknown>> };
  };
  const service = { code: 'HOTICH', name: { vi: 'Hộ tịch', en: 'Civil status' }, department: 'KHDT', prefix: 'D' };
  const procedure = { ...config.procedures[0]!, code: '1.001193', name: 'Đăng ký khai sinh', service: 'HOTICH' };
  const started = Date.now();
  const r = await fetch(`${hub.url}/api/v1/config/changes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'Thêm hộ tịch', sections: { services: [...config.services, service], procedures: [...config.procedures, procedure] } }),
  });
  expect(r.status).toBe(200);
  await until(
    () => (k.getState().snapshot?.services.some((s) => s.code === 'HOTICH') ?? false) && k.getState().procedures.some((p) => p.code === '1.001193'),
    1000,
  );
  expect(Date.now() - started).toBeLessThan(1000);
  expect(offline).toBe(false);
});
