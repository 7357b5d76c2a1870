/**
 * The public /d/ page: a citizen types the code from the receipt slip on a
 * phone and lands on /d/<code>: status, appointment, masked name, nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected } from '@luot/testing';
import { APPLICANT, DOCUMENTS, PERSONAL_STRINGS, PROC_KHDT, dossierHallConfig, officerAt, openSocket, registerAt } from '@luot/testing';
import { TEST_TOKENS } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
/** The tracking code printed on the receipt (code and check key), and the plain dossier code. */
let code: string;
let plainCode: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: Date.parse('2026-11-23T09:00:00+07:00') });
  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const reg = await registerAt(kiosk, PROC_KHDT);
  const counter = await officerAt(hub, sockets, 'canbo01', 1);
  await command(counter, 'counter:call-next', { commandId: cid() });
  const received = await command<DossierView>(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
  if (!received.ok || received.value.code === null || received.value.trackingCode === null) throw new Error('receive failed');
  code = received.value.trackingCode;
  plainCode = received.value.code;
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

const get = (path: string) => fetch(`${hub.url}${path}`, { redirect: 'manual' });
/** The page a browser shows after submitting the form with `typed`. */
async function submit(typed: string): Promise<{ status: number; location: string | null; html: string }> {
  const first = await get(`/d/?code=${encodeURIComponent(typed)}`);
  const location = first.headers.get('location');
  if (first.status !== 303 || location === null) return { status: first.status, location, html: await first.text() };
  const landed = await get(location);
  return { status: landed.status, location, html: await landed.text() };
}
const noPersonalData = (html: string) => {
  for (const s of PERSONAL_STRINGS) expect(html).not.toContain(s);
};

describe('the public dossier lookup form /d/', () => {
  it('shows a large form that works on a phone and sends the code to /d/', async () => {
    const page = await get('/d/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain('<form method="get" action="/d/">');
    expect(html).toContain('name="code"');
    expect(html).toContain('Mã hồ sơ');
    expect(html).toContain('Tra cứu');
    expect(html).not.toContain('http-equiv="refresh"');
    const bare = await get('/d');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/d/');
  });

  it('goes to /d/<code> for a code typed with spaces, lower case or a long dash, and shows the masked name only', async () => {
    const typed = ` ${code.toLowerCase().replace('-', ' – ')} `;
    const r = await submit(typed);
    expect(r.location).toBe(`/d/${encodeURIComponent(code)}`);
    expect(r.status).toBe(200);
    expect(r.html).toContain(plainCode);
    expect(r.html).toContain('Được tiếp nhận');
    expect(r.html).toContain('V** V** D**');
    expect(r.html).toContain('href="/d/"');
    noPersonalData(r.html);
  });

  it('says a malformed code is not a dossier code, keeps what was typed and offers the form again (400)', async () => {
    for (const typed of ['abc', '046201000152', `${code}9`]) {
      const r = await submit(typed);
      expect(r.status).toBe(400);
      expect(r.location).toBeNull();
      expect(r.html).toContain('Mã hồ sơ không đúng dạng.');
      expect(r.html).toContain('This is not a dossier code.');
      expect(r.html).toContain(`value="${typed}"`);
      expect(r.html).toContain('action="/d/"');
    }
    const direct = await get('/d/not-a-code');
    expect(direct.status).toBe(400);
    expect(await direct.text()).toContain('Mã hồ sơ không đúng dạng.');
  });

  it('says an unknown code is not found (404), with the form to try again', async () => {
    const r = await submit('000.00.06.H56-261123-0042-K7QX3M');
    expect(r.status).toBe(404);
    expect(r.html).toContain('Không tìm thấy hồ sơ này. Vui lòng kiểm tra lại mã in trên giấy tiếp nhận.');
    expect(r.html).toContain('value="000.00.06.H56-261123-0042-K7QX3M"');
    expect(r.html).toContain('action="/d/"');
  });

  it('cannot be walked: the plain code of a real dossier finds nothing, nor the code with a wrong check key', async () => {
    // The plain code, as the daily sequence gives it, says the key is missing.
    const plain = await submit(plainCode);
    expect(plain.status).toBe(400);
    expect(plain.html).toContain('Thiếu mã kiểm tra');
    noPersonalData(plain.html);
    // Walking the day's sequence without the key: no page shows a dossier, the API finds none.
    for (let n = 1; n <= 5; n++) {
      const walked = plainCode.replace(/\d{4}$/, String(n).padStart(4, '0'));
      const page = await get(`/d/${encodeURIComponent(walked)}`);
      expect(page.status).not.toBe(200);
      expect(await page.text()).not.toContain('V** V** D**');
      const api = await get(`/api/v1/dossiers/lookup?code=${encodeURIComponent(walked)}`);
      expect([400, 429]).toContain(api.status);
    }
    const wrongKey = await get(`/d/${encodeURIComponent(`${plainCode}-${code.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`)}`);
    expect(wrongKey.status).toBe(404);
    expect(await wrongKey.text()).not.toContain('V** V** D**');
  });

  it('escapes what was typed', async () => {
    const r = await submit('<script>alert(1)</script>');
    expect(r.status).toBe(400);
    expect(r.html).not.toContain('<script>');
  });
});
