/**
 * Contract coverage: Dossiers: the public lookup and the staff views.
 * Each route in contract-routes.ts's `dossiers` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it, expect } from 'vitest';
import type { DossierView } from '@luot/protocol';
import { APPLICANT, DOCUMENTS, PROC_KHDT, PROC_TNMT, TEST_TOKENS, cid, command, connected, login, officerAt, openSocket, registerAt, serveNext } from '@luot/testing';
import { contractFile } from './helpers/contract-file';

const api = contractFile('dossiers');

describe('the dossiers routes answer as openapi.yaml says', () => {
  it('dossiers: the public lookup and the staff views', async () => {
    const kiosk = openSocket(api.hub, api.sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const counter = await officerAt(api.hub, api.sockets, 'canbo02', 2);
    const received = await registerAt(kiosk, PROC_KHDT);
    await serveNext(counter);
    const r = await command<DossierView>(counter, 'dossier:receive', {
      commandId: cid(),
      dossier: received.dossierId,
      applicant: APPLICANT,
      documents: DOCUMENTS,
    });
    if (!r.ok || r.value.code === null) throw new Error('receive failed');
    const code = r.value.code;
    const tracking = r.value.trackingCode!;
    const refused = await registerAt(kiosk, PROC_TNMT);
    await serveNext(counter);
    const refusal = await command<DossierView>(counter, 'dossier:refuse', {
      commandId: cid(),
      dossier: refused.dossierId,
      reason: 'Thiếu giấy tờ',
    });
    expect(refusal.ok).toBe(true);
    // The officer who handled both (canbo02); another officer (canbo01) may not open them.
    const staff = { token: (await login(api.hub.url, 'canbo02')).token };
    await api.expectStatus(403, 'GET', `/api/v1/dossiers/${code}`, { token: api.officer.token });

    await api.expectStatus(200, 'GET', `/api/v1/dossiers/lookup?code=${tracking}`);
    await api.expectStatus(400, 'GET', '/api/v1/dossiers/lookup?code=not-a-code');
    await api.expectStatus(400, 'GET', `/api/v1/dossiers/lookup?code=${code}`);
    await api.expectStatus(404, 'GET', `/api/v1/dossiers/lookup?code=${tracking.replace(/-\d{4}-/, '-9999-')}`);

    // The day's list with personal data: supervisors and admins only.
    await api.expectStatus(200, 'GET', '/api/v1/dossiers', { token: api.supervisor.token });
    await api.expectStatus(403, 'GET', '/api/v1/dossiers', staff);
    await api.expectStatus(400, 'GET', '/api/v1/dossiers?status=lost', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/dossiers');
    await api.expectStatus(403, 'GET', '/api/v1/dossiers', { token: TEST_TOKENS.kiosk });

    for (const view of ['', '/receipt', '/receipt.html', '/notice.html']) {
      const ok = view === '/notice.html' ? refused.dossierId : code;
      await api.expectStatus(200, 'GET', `/api/v1/dossiers/${ok}${view}`, staff);
      await api.expectStatus(401, 'GET', `/api/v1/dossiers/${ok}${view}`);
      await api.expectStatus(403, 'GET', `/api/v1/dossiers/${ok}${view}`, { token: TEST_TOKENS.kiosk });
      await api.expectStatus(404, 'GET', `/api/v1/dossiers/no-such-dossier${view}`, staff);
    }
    // Not received: no code, no receipt; not refused: no notice.
    await api.expectStatus(409, 'GET', `/api/v1/dossiers/${refused.dossierId}/receipt`, staff);
    await api.expectStatus(409, 'GET', `/api/v1/dossiers/${refused.dossierId}/receipt.html`, staff);
    await api.expectStatus(409, 'GET', `/api/v1/dossiers/${code}/notice.html`, staff);
    await api.expectStatus(400, 'GET', `/api/v1/dossiers/${code}/receipt.html?paper=a3`, staff);
    await api.expectStatus(400, 'GET', `/api/v1/dossiers/${refused.dossierId}/notice.html?paper=a3`, staff);
  });

  // Last but one: it spends this address's public lookups for the minute (the hub's clock stands still).
  it('public lookups past the limit of different codes from one address', async () => {
    let status = 404;
    for (let n = 0; n < 400 && status !== 429; n++) {
      status = (await api.call('GET', `/api/v1/dossiers/lookup?code=000.00.06.H56-261123-${String(9000 + n)}-K7QX3M`)).status;
    }
    expect(status).toBe(429);
    await api.expectStatus(429, 'GET', '/api/v1/tickets/not-looked-up-yet');
  });

  api.closingChecks();
});
