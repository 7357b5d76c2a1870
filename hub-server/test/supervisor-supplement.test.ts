/**
 * A supervisor finds a received dossier incomplete: from the /admin namespace
 * they ask for a supplement (form 02). The dossier keeps its code and its
 * receiving officer; an officer's socket remains refused on /admin.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierView, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, login } from '@luot/testing';
import { TEST_TOKENS } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';
import { DOCUMENTS, PROC_KHDT, APPLICANT, dossierHallConfig, officerAt, openSocket, registerAt } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
const act = <T = DossierView>(s: Socket, event: string, extra: object) => command<T>(s, event, { commandId: cid(), ...extra });

beforeEach(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: Date.parse('2026-11-23T09:00:00+07:00') });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

describe('a supervisor asks for a supplement', () => {
  it('on a received dossier: it keeps its code and officer, and waits for the items', async () => {
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const reg = await registerAt(kiosk, PROC_KHDT);
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    expect((await act<TicketView>(counter, 'counter:call-next', {})).ok).toBe(true);
    const received = await act(counter, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    if (!received.ok) throw new Error(received.error.message.en);

    const { token } = await login(hub.url, 'giamsat');
    const admin = openSocket(hub, sockets, '/admin', token);
    await connected(admin);
    const asked = await act(admin, 'dossier:request-supplement', { dossier: received.value.code, reason: 'Thiếu bản sao', items: ['Bản sao sổ hộ khẩu'] });
    expect(asked).toMatchObject({
      ok: true,
      value: { code: received.value.code, status: 'supplement_requested', reason: 'Thiếu bản sao', supplementItems: ['Bản sao sổ hộ khẩu'], officer: { name: received.value.officer?.name } },
    });
    // A bad request writes nothing and says why.
    expect(await act(admin, 'dossier:request-supplement', { dossier: received.value.code, reason: '', items: [] })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    // From supplement requested, back to processing once the items come.
    expect(await act(admin, 'dossier:set-status', { dossier: received.value.id, status: 'processing' })).toMatchObject({ ok: true, value: { status: 'processing' } });
  });
});
