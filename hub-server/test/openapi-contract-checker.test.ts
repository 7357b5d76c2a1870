/**
 * The contract checker itself (@luot/testing's openapi-contract): it passes
 * an answer openapi.yaml describes and names what differs in one it does not.
 */
import { describe, expect, it } from 'vitest';
import { createContractRecorder } from '@luot/testing';

describe('the contract checker', () => {
  const recorder = () => createContractRecorder();
  const ticket = {
    id: 't1',
    day: '2026-11-23',
    service: 'DKKD',
    number: 1,
    code: 'A001',
    priority: 'none',
    source: 'kiosk',
    state: 'called',
    issuedAt: 1,
    queuedAt: 1,
    calledAt: 2,
    servingAt: null,
    finishedAt: null,
    counter: 1,
    recallCount: 0,
    targetCounter: null,
    outcome: null,
    rating: null,
    dossierId: null,
  };
  const answer = (body: unknown, status = 200) => ({
    method: 'POST',
    route: '/api/v1/counters/{number}/call-next',
    status,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(body),
  });

  it('accepts an answer the document describes', () => {
    const r = recorder();
    r.check(answer(ticket));
    r.check(answer(null));
    r.check(answer({ error: { code: 'no_current_ticket', message: { vi: 'a', en: 'b' } } }, 409));
    expect(r.violations).toEqual([]);
  });

  it('names the route, the status and what differs: a field added, dropped or mistyped, an undocumented status or route', () => {
    const r = recorder();
    r.check(answer({ ...ticket, extra: true }));
    const { dossierId: _dropped, ...withoutDossier } = ticket;
    r.check(answer(withoutDossier));
    r.check(answer({ ...ticket, number: '1' }));
    r.check(answer({ error: { code: 'teapot', message: { vi: 'a', en: 'b' } } }, 409));
    r.check(answer({}, 418));
    r.check({ ...answer({}), route: '/api/v1/not-documented' });
    expect(r.violations).toHaveLength(6);
    expect(r.violations[0]).toMatch(
      /^POST \/api\/v1\/counters\/\{number\}\/call-next → 200: does not match openapi\.yaml: .*additional properties/,
    );
    expect(r.violations[1]).toMatch(/must have required property 'dossierId'/);
    expect(r.violations[2]).toMatch(/answer\/number must be integer/);
    expect(r.violations[3]).toMatch(/→ 409: .*must be equal to one of the allowed values/);
    expect(r.violations[4]).toMatch(/→ 418: openapi\.yaml gives this operation no 418 answer/);
    expect(r.violations[5]).toMatch(/not-documented → 200: the route is not in openapi\.yaml/);
    expect(() => r.assertClean()).toThrow(/6 HTTP answer\(s\) differ from hub-server\/openapi\.yaml/);
  });
});
