/**
 * Contract coverage: Tickets: issuing one and following it.
 * Each route in contract-routes.ts's `queue` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it, expect } from 'vitest';
import type { TicketView } from '@luot/protocol';
import { TEST_TOKENS } from '@luot/testing';
import { contractFile, OVERSIZED } from './helpers/contract-file';

const api = contractFile('queue');

describe('the queue routes answer as openapi.yaml says', () => {
  it('tickets: issue and follow', async () => {
    const issued = (await api.expectStatus(201, 'POST', '/api/v1/tickets', {
      token: TEST_TOKENS.kiosk,
      body: { service: 'DKKD' },
    })) as TicketView;
    await api.expectStatus(400, 'POST', '/api/v1/tickets', {
      token: TEST_TOKENS.kiosk,
      body: { service: 'DKKD', extra: 1 },
    });
    await api.expectStatus(401, 'POST', '/api/v1/tickets', { body: { service: 'DKKD' } });
    await api.expectStatus(403, 'POST', '/api/v1/tickets', { token: api.officer.token, body: { service: 'DKKD' } });
    await api.expectStatus(404, 'POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'NOPE' } });
    await api.expectStatus(413, 'POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, raw: OVERSIZED });
    await api.expectStatus(422, 'POST', '/api/v1/tickets', {
      token: TEST_TOKENS.kiosk,
      body: { service: 'TRAKQ', priority: 'elderly' },
    });
    await api.expectStatus(200, 'GET', `/api/v1/tickets/${issued.id}`);
    await api.expectStatus(404, 'GET', '/api/v1/tickets/no-such-ticket');
  });

  // Last but one: walking ticket ids spends this address's public lookups for the minute.
  it('public ticket lookups past the limit of different ids from one address', async () => {
    let status = 404;
    for (let n = 0; n < 400 && status !== 429; n++) status = (await api.call('GET', `/api/v1/tickets/no-such-ticket-${n}`)).status;
    expect(status).toBe(429);
  });

  api.closingChecks();
});
