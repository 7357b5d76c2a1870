/**
 * The public lookups cannot be walked quickly (issue 15): one address may look
 * up 30 different dossier codes or ticket ids a minute across `/d/<code>`,
 * `/t/<id>` and the public APIs behind them, then gets 429 + Retry-After with
 * the wait in Vietnamese and English; asking again for a code it already
 * asked for is never counted, so a ticket page polling every 3 s stays fine.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssuedTicket } from '@luot/protocol';
import { TEST_TOKENS, testHallConfig, startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  await hub.close();
});

/** A well-formed tracking code (code and check key) that names no dossier. */
const code = (n: number) => `000.00.06.H56-261123-${String(n).padStart(4, '0')}-K7QX3M`;
const get = (path: string, token?: string) => fetch(`${hub.url}${path}`, { redirect: 'manual', ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });

describe('public lookup limit', () => {
  it('refuses the 31st different unknown code within a minute on every public lookup, and admits again after the window', async () => {
    const statuses: number[] = [];
    for (let n = 1; n <= 30; n++) statuses.push((await get(n % 2 ? `/d/${code(n)}` : `/api/v1/dossiers/lookup?code=${code(n)}`)).status);
    expect(statuses).toEqual(Array(30).fill(404));

    const api = await get(`/api/v1/dossiers/lookup?code=${code(31)}`);
    expect(api.status).toBe(429);
    expect(api.headers.get('retry-after')).toBe('60');
    expect(await api.json()).toEqual({
      error: {
        code: 'too_many_attempts',
        message: { vi: 'Tra cứu quá nhiều mã khác nhau. Vui lòng thử lại sau 1 phút.', en: 'Too many different codes looked up. Please try again in 1 minute.' },
      },
    });
    const page = await get(`/d/${code(32)}`);
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('60');
    expect(await page.text()).toContain('Tra cứu quá nhiều mã khác nhau');
    expect((await get('/t/some-ticket-id')).status).toBe(429);
    expect((await get('/api/v1/tickets/some-ticket-id')).status).toBe(429);
    // A code asked for already is not a new one.
    expect((await get(`/d/${code(5)}`)).status).toBe(404);
    // A kiosk's or officer's token is accountable by itself: not counted.
    expect((await get(`/api/v1/dossiers/lookup?code=${code(33)}`, TEST_TOKENS.kiosk)).status).toBe(404);

    hub.clock.advance(30_000);
    expect((await get(`/d/${code(34)}`)).headers.get('retry-after')).toBe('30');
    hub.clock.advance(30_000);
    expect((await get(`/d/${code(34)}`)).status).toBe(404);
  });

  it('lets one ticket page poll its ticket every 3 seconds for an hour, while others are looked up too', async () => {
    const issued = await fetch(`${hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}` },
      body: JSON.stringify({ service: testHallConfig().services[0]!.code }),
    });
    const ticket = (await issued.json()) as IssuedTicket;
    expect((await get(`/t/${ticket.id}`)).status).toBe(200);
    const failed: number[] = [];
    for (let poll = 0; poll < 1200; poll++) {
      hub.clock.advance(3000);
      const r = await get(`/api/v1/tickets/${ticket.id}`);
      if (r.status !== 200) failed.push(poll);
      await r.arrayBuffer();
      // Now and then the same phone looks up a dossier too.
      if (poll % 100 === 0) expect((await get(`/d/${code(poll + 1)}`)).status).toBe(404);
    }
    expect(failed).toEqual([]);
    expect((await get(`/t/${ticket.id}`)).status).toBe(200);
  });
});
