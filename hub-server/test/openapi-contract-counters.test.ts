/**
 * Contract coverage: Counter actions over HTTP.
 * Each route in contract-routes.ts's `counters` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it, expect } from 'vitest';
import { TEST_TOKENS } from '@luot/testing';
import { contractFile, OVERSIZED } from './helpers/contract-file';

const api = contractFile('counters');

describe('the counters routes answer as openapi.yaml says', () => {
  it('counter actions over HTTP', async () => {
    const c = (action: string, number: number | string = 1) => `/api/v1/counters/${number}/${action}`;
    await api.call('POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'DKKD' } });
    for (const action of ['sign-in', 'sign-out', 'call-next', 'recall', 'no-show', 'finish']) {
      await api.expectStatus(400, 'POST', c(action, 'abc'), { token: api.officer.token });
      await api.expectStatus(401, 'POST', c(action));
      await api.expectStatus(403, 'POST', c(action), { token: TEST_TOKENS.kiosk });
      await api.expectStatus(404, 'POST', c(action, 99), { token: api.admin.token });
      await api.expectStatus(413, 'POST', c(action), { token: api.officer.token, raw: OVERSIZED });
    }
    // Not signed in yet: the counter is closed.
    await api.expectStatus(409, 'POST', c('call-next'), { token: api.admin.token });
    await api.expectStatus(200, 'POST', c('sign-in'), { token: api.officer.token });
    await api.expectStatus(409, 'POST', c('sign-in'), { token: api.supervisor.token });
    await api.expectStatus(409, 'POST', c('recall'), { token: api.officer.token });
    await api.expectStatus(409, 'POST', c('no-show'), { token: api.officer.token });
    await api.expectStatus(409, 'POST', c('finish'), { token: api.officer.token, body: { outcome: 'guided' } });
    await api.expectStatus(200, 'POST', c('call-next'), { token: api.officer.token });
    await api.expectStatus(200, 'POST', c('recall'), { token: api.officer.token });
    await api.expectStatus(200, 'POST', c('no-show'), { token: api.officer.token });
    await api.call('POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'DKKD' } });
    await api.expectStatus(200, 'POST', c('call-next'), { token: api.officer.token });
    await api.expectStatus(200, 'POST', c('finish'), { token: api.officer.token, body: { outcome: 'guided' } });
    // Tickets issued earlier in this file wait too: serve them until nobody waits (null).
    for (let n = 0; (await api.expectStatus(200, 'POST', c('call-next'), { token: api.officer.token })) !== null; n++) {
      expect(n).toBeLessThan(10);
      await api.expectStatus(200, 'POST', c('finish'), { token: api.officer.token, body: { outcome: 'other' } });
    }
    // A counter with a ticket in hand cannot sign out.
    await api.call('POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'DKKD' } });
    await api.expectStatus(200, 'POST', c('call-next'), { token: api.officer.token });
    await api.expectStatus(409, 'POST', c('sign-out'), { token: api.officer.token });
    await api.expectStatus(200, 'POST', c('finish'), { token: api.officer.token, body: { outcome: 'guided' } });
    await api.expectStatus(200, 'POST', c('sign-out'), { token: api.officer.token });
  });

  api.closingChecks();
});
