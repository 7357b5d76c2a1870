/**
 * Contract coverage: Devices: printer reports, enrolment, the overview and placement, pairing by code.
 * Each route in contract-routes.ts's `devices` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it, expect } from 'vitest';
import { TEST_TOKENS, cid } from '@luot/testing';
import { contractFile, OVERSIZED } from './helpers/contract-file';

const api = contractFile('devices');

describe('the devices routes answer as openapi.yaml says', () => {
  it('device printer reports', async () => {
    const report = { commandId: cid(), state: 'paper_out' };
    await api.expectStatus(200, 'POST', '/api/v1/devices/printer', { token: TEST_TOKENS.kiosk, body: report });
    await api.expectStatus(400, 'POST', '/api/v1/devices/printer', {
      token: TEST_TOKENS.kiosk,
      body: { ...report, state: 'on_fire' },
    });
    await api.expectStatus(401, 'POST', '/api/v1/devices/printer', { body: report });
    await api.expectStatus(403, 'POST', '/api/v1/devices/printer', { token: api.admin.token, body: report });
    await api.expectStatus(413, 'POST', '/api/v1/devices/printer', { token: TEST_TOKENS.kiosk, raw: OVERSIZED });
  });

  it('device enrolment', async () => {
    const device = { id: 'display-9', name: 'TV tầng 2', role: 'display' };
    await api.expectStatus(200, 'GET', '/api/v1/devices', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/devices');
    await api.expectStatus(403, 'GET', '/api/v1/devices', { token: api.officer.token });
    await api.expectStatus(201, 'POST', '/api/v1/devices', { token: api.admin.token, body: device });
    await api.expectStatus(200, 'POST', '/api/v1/devices', { token: api.admin.token, body: device });
    await api.expectStatus(400, 'POST', '/api/v1/devices', { token: api.admin.token, body: { ...device, role: 'toaster' } });
    await api.expectStatus(401, 'POST', '/api/v1/devices', { body: device });
    await api.expectStatus(403, 'POST', '/api/v1/devices', { token: api.supervisor.token, body: device });
    await api.expectStatus(413, 'POST', '/api/v1/devices', { token: api.admin.token, raw: OVERSIZED });
    await api.expectStatus(200, 'POST', '/api/v1/devices/display-9/token', { token: api.admin.token });
    await api.expectStatus(400, 'POST', '/api/v1/devices/not%20an%20id/token', { token: api.admin.token });
    await api.expectStatus(401, 'POST', '/api/v1/devices/display-9/token');
    await api.expectStatus(403, 'POST', '/api/v1/devices/display-9/token', { token: api.supervisor.token });
    await api.expectStatus(404, 'POST', '/api/v1/devices/no-such-device/token', { token: api.admin.token });
    await api.expectStatus(413, 'POST', '/api/v1/devices/display-9/token', { token: api.admin.token, raw: OVERSIZED });
    await api.expectStatus(204, 'DELETE', '/api/v1/devices/display-9', { token: api.admin.token });
    await api.expectStatus(400, 'DELETE', '/api/v1/devices/not%20an%20id', { token: api.admin.token });
    await api.expectStatus(401, 'DELETE', '/api/v1/devices/display-9');
    await api.expectStatus(403, 'DELETE', '/api/v1/devices/display-9', { token: api.supervisor.token });
    await api.expectStatus(404, 'DELETE', '/api/v1/devices/display-9', { token: api.admin.token });
    await api.expectStatus(413, 'DELETE', '/api/v1/devices/display-9', { token: api.admin.token, raw: OVERSIZED });
  });

  it('the console: devices overview and placement, pairing by code', async () => {
    await api.expectStatus(200, 'GET', '/api/v1/devices/overview', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/devices/overview');
    await api.expectStatus(403, 'GET', '/api/v1/devices/overview', { token: api.officer.token });
    await api.expectStatus(200, 'PATCH', '/api/v1/devices/kiosk-1', { token: api.admin.token, body: { area: 'Tầng 1' } });
    await api.expectStatus(400, 'PATCH', '/api/v1/devices/kiosk-1', { token: api.admin.token, body: { counter: 1 } });
    await api.expectStatus(401, 'PATCH', '/api/v1/devices/kiosk-1', { body: { area: null } });
    await api.expectStatus(403, 'PATCH', '/api/v1/devices/kiosk-1', { token: api.supervisor.token, body: { area: null } });
    await api.expectStatus(404, 'PATCH', '/api/v1/devices/nothing', { token: api.admin.token, body: { area: null } });
    await api.expectStatus(413, 'PATCH', '/api/v1/devices/kiosk-1', { token: api.admin.token, raw: OVERSIZED });

    const ticket = (await api.expectStatus(201, 'POST', '/api/v1/pairing', { body: { role: 'display' } })) as { pairingId: string; code: string };
    await api.expectStatus(400, 'POST', '/api/v1/pairing', { body: { role: 'tv' } });
    await api.expectStatus(413, 'POST', '/api/v1/pairing', { raw: OVERSIZED });
    await api.expectStatus(200, 'GET', `/api/v1/pairing/${ticket.pairingId}`);
    await api.expectStatus(400, 'GET', '/api/v1/pairing/x');
    await api.expectStatus(404, 'GET', `/api/v1/pairing/${'x'.repeat(32)}`);
    const claim = { code: ticket.code, id: 'board-contract', name: 'Màn hình thử', role: 'display' };
    await api.expectStatus(400, 'POST', '/api/v1/pairing/claim', { token: api.admin.token, body: { ...claim, role: 'tv' } });
    await api.expectStatus(401, 'POST', '/api/v1/pairing/claim', { body: claim });
    await api.expectStatus(403, 'POST', '/api/v1/pairing/claim', { token: api.supervisor.token, body: claim });
    await api.expectStatus(404, 'POST', '/api/v1/pairing/claim', { token: api.admin.token, body: { ...claim, code: 'AAAAAA' } });
    await api.expectStatus(409, 'POST', '/api/v1/pairing/claim', { token: api.admin.token, body: { ...claim, role: 'kiosk' } });
    await api.expectStatus(413, 'POST', '/api/v1/pairing/claim', { token: api.admin.token, raw: OVERSIZED });
    await api.expectStatus(201, 'POST', '/api/v1/pairing/claim', { token: api.admin.token, body: claim });
    expect(await api.expectStatus(200, 'GET', `/api/v1/pairing/${ticket.pairingId}`)).toMatchObject({ state: 'paired', token: expect.any(String) });
    // This address asked for one code already; the tenth more is refused.
    for (let i = 0; i < 9; i++) await api.expectStatus(201, 'POST', '/api/v1/pairing', { body: { role: 'kiosk' } });
    await api.expectStatus(429, 'POST', '/api/v1/pairing', { body: { role: 'kiosk' } });
  });

  api.closingChecks();
});
