/**
 * The hall config, live and versioned (issue 17): a change reaches connected
 * clients within a second without reconnecting, a counter bound to new
 * services calls from them, refused changes change nothing, rollback,
 * export → import → export, and a change "from tomorrow" waiting for the rollover.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigProblem, PeriodReport, ConfigChangeOutcome, ConfigRevisionDetail, ConfigRevisionSummary, CurrentConfig, HallSnapshot, LoginResponse, TicketReceipt, TicketView } from '@luot/protocol';
import { cid, command, connected, login, nextDigest, nextEvent, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
let admin: LoginResponse;
const sockets = socketSet();
const REASON = 'Thêm dịch vụ hộ tịch';

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const r = await fetch(`${hub.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${admin.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const type = r.headers.get('content-type') ?? '';
  return { status: r.status, json: (type.includes('json') ? await r.json() : await r.text()) as T };
}
const current = async () => (await api<CurrentConfig>('GET', '/api/v1/config')).json;
const revisions = async () => (await api<{ total: number; revisions: ConfigRevisionSummary[] }>('GET', '/api/v1/config/revisions')).json;
const exportYaml = async () => (await api<string>('GET', '/api/v1/config/export.yaml')).json;

/** After a restart, the HTTP client's kept-alive links to the old hub are dead: the first use drops them. */
async function afterRestart(): Promise<void> {
  await fetch(`${hub.url}/healthz`).catch(() => undefined);
  admin = await login(hub.url, 'admin');
}

const HOTICH = { code: 'HOTICH', name: { vi: 'Hộ tịch', en: 'Civil status' }, department: 'KHDT', prefix: 'D' };

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  admin = await login(hub.url, 'admin');
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

describe('a live config change', () => {
  it('a connected kiosk sees a new service within a second, without reconnecting', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    const first = await connected(kiosk);
    expect(first.services.map((s) => s.code)).not.toContain('HOTICH');
    let reconnected = false;
    kiosk.io.on('reconnect', () => (reconnected = true));
    const { services } = (await current()).config as { services: unknown[] };

    const started = Date.now();
    const told = nextDigest(kiosk, (d) => d.resync === 'config');
    const changed = await api<ConfigChangeOutcome>('POST', '/api/v1/config/changes', { reason: REASON, sections: { services: [...services, HOTICH] } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ written: true, problems: [], revision: { id: 2, source: 'admin', state: 'applied', actor: 'user:admin' } });
    expect(changed.json.diff).toContainEqual(expect.objectContaining({ path: 'services[code=HOTICH]', kind: 'added' }));
    expect(await told).toMatchObject({ resync: 'config' });
    const snapshot = await command<HallSnapshot>(kiosk, 'hall:snapshot', {});
    expect(Date.now() - started).toBeLessThan(1000);
    expect(snapshot.ok && snapshot.value.services.map((s) => s.code)).toContain('HOTICH');
    expect(kiosk.connected && !reconnected).toBe(true);

    // And a ticket of it is issued at once, numbered with its prefix.
    const issued = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'HOTICH' });
    expect(issued.ok && issued.value.ticket.code).toBe('D001');
    // The reports know it too: its name and its department.
    const report = (await api<PeriodReport>('GET', '/api/v1/reports?period=day&date=2026-11-23')).json;
    expect(report.breakdowns.services.find((r) => r.key === 'HOTICH')?.label).toBe('Hộ tịch');
    expect(report.breakdowns.departments.map((r) => r.key)).toEqual(['KHDT']);
  });

  it('a counter bound to new services calls from them, its officer still signed in', async () => {
    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    const config = (await current()).config as { services: unknown[]; counters: Array<{ number: number; services: string[] }> };
    const counters = config.counters.map((c) => (c.number === 1 ? { ...c, services: ['HOTICH', 'DKKD'] } : c));
    const changed = await api<ConfigChangeOutcome>('POST', '/api/v1/config/changes', {
      reason: 'Quầy 1 nhận hộ tịch',
      sections: { services: [...config.services, HOTICH], counters },
    });
    expect(changed.status).toBe(200);
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'HOTICH' });
    // Its first preference now: the HOTICH ticket, though the DKKD one came first.
    const called = await command<TicketView | null>(counter, 'counter:call-next', { commandId: cid() });
    expect(called.ok && called.value?.code).toBe('D001');
  });

  it('the board’s default message strip shows while the supervisor has set none', async () => {
    const display = sockets.open(hub.url, '/display', TEST_TOKENS.display);
    expect((await connected(display)).message).toBeNull();
    const hall = { name: { vi: 'Trung tâm', en: 'Center' }, address: 'Số 1', boardMessage: 'Chào mừng quý khách đến Trung tâm' };
    expect((await api('POST', '/api/v1/config/changes', { reason: 'Dòng chữ chạy', sections: { hall } })).status).toBe(200);
    const snapshot = await command<HallSnapshot>(display, 'hall:snapshot', {});
    expect(snapshot.ok && snapshot.value.message).toBe('Chào mừng quý khách đến Trung tâm');
    const supervisor = { actor: 'user:giamsat', name: 'hall:set-message' };
    const set = nextEvent(display, (e) => e.type === 'message');
    await hub.hub.services.hall.setHallMessage(supervisor, 'Hệ thống tạm dừng 10 phút');
    expect(await set).toMatchObject({ message: 'Hệ thống tạm dừng 10 phút' });
    const cleared = nextEvent(display, (e) => e.type === 'message');
    await hub.hub.services.hall.setHallMessage(supervisor, null);
    expect(await cleared).toMatchObject({ type: 'message', message: 'Chào mừng quý khách đến Trung tâm' });
  });

  it('a dry run gives the diff and the problems and writes nothing', async () => {
    const before = await revisions();
    const dry = await api<ConfigChangeOutcome>('POST', '/api/v1/config/changes', {
      reason: REASON,
      dryRun: true,
      sections: { hall: { name: { vi: 'Trung tâm Mới', en: 'New Center' }, address: 'Số 1, Đường Thử' } },
    });
    expect(dry.json).toMatchObject({ dryRun: true, written: false, revision: null, problems: [] });
    expect(dry.json.diff).toContainEqual({ path: 'hall.name.vi', kind: 'changed', before: 'Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm', after: 'Trung tâm Mới' });
    expect(await revisions()).toEqual(before);
  });
});

// Opening hours are read per ticket from windows kept per hours object (queue/hours-rules.ts):
// a live change must still take effect at once, the same day, on a hub that has already issued.
describe('a live change of opening hours', () => {
  it('closes and reopens issuing at once, the same morning', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const issue = () => command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    const changeHours = async (hours: unknown) => {
      const r = await api<ConfigChangeOutcome>('POST', '/api/v1/config/changes', { reason: 'Đổi giờ làm việc', sections: { hours } });
      expect(r.status).toBe(200);
      expect(r.json.written).toBe(true);
    };
    expect((await issue()).ok).toBe(true); // Monday 09:00, the morning session

    const hours = (await current()).config['hours'] as Record<string, unknown>;
    await changeHours({ ...hours, sessions: [{ name: 'morning', start: '10:00', end: '11:30' }, { name: 'afternoon', start: '13:30', end: '17:00' }] });
    const refused = await issue();
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('outside_hours');
      expect(refused.error.message.vi).toContain('10:00 hôm nay');
    }

    await changeHours(hours);
    expect((await issue()).ok).toBe(true);
  });
});

describe('refused changes change nothing', () => {
  async function expectRefused(body: unknown, status: number, code: string) {
    const config = await current();
    const history = await revisions();
    const yaml = await exportYaml();
    const r = await api<{ error: { code: string; message: { vi: string; en: string }; field?: string }; problems: unknown[] }>('POST', '/api/v1/config/changes', body);
    expect(r.status).toBe(status);
    expect(r.json.error.code).toBe(code);
    expect(await current()).toEqual(config);
    expect(await revisions()).toEqual(history);
    expect(await exportYaml()).toBe(yaml);
    return r.json;
  }

  it('deleting a service with people waiting: says how many and to move them first', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
    const config = (await current()).config as { services: Array<{ code: string }>; counters: Array<{ services: string[] }> };
    const refused = await expectRefused(
      {
        reason: 'Bỏ dịch vụ đất đai',
        sections: {
          services: config.services.filter((s) => s.code !== 'DATDAI'),
          counters: config.counters.map((c) => ({ ...c, services: c.services.filter((s) => s !== 'DATDAI') })),
        },
      },
      409,
      'service_has_waiting_tickets',
    );
    expect(refused.error.message.vi).toContain('còn 2 người đang chờ');
    expect(refused.error.message.vi).toContain('chuyển');
    expect(refused.error.message.en).toContain('has 2 people waiting');
    expect(refused.error.field).toBe('services[1]');
  });

  it('removing a counter an officer is signed in at', async () => {
    await officerAtCounter(sockets, hub.url, 'canbo02', 2);
    const config = (await current()).config as { counters: Array<{ number: number }> };
    const refused = await expectRefused(
      { reason: 'Bỏ quầy 2', sections: { counters: config.counters.filter((c) => c.number !== 2) } },
      409,
      'counter_has_officer',
    );
    expect(refused.error.message.vi).toContain('canbo02');
  });

  it('a schema problem names the field and why', async () => {
    const config = (await current()).config as { services: Array<Record<string, unknown>> };
    const services = config.services.map((s, i) => (i === 2 ? { ...s, prefix: 'a' } : s));
    const refused = await expectRefused({ reason: 'Sai ký hiệu', sections: { services } }, 400, 'invalid_config');
    expect(refused.error.field).toBe('services[2].prefix');
    expect(refused.error.message.en).toContain('1–2 capital letters or digits');
    expect(refused.error.message.vi).toContain('services[2].prefix');
    expect(refused.error.message.vi).toContain('phải là 1–2 chữ cái in hoa hoặc chữ số (đang là "a")');
  });

  it('every schema problem says why in Vietnamese, naming its field, and in English', async () => {
    const config = (await current()).config as { services: Array<Record<string, unknown>> };
    const services = config.services.map((s, i) => (i === 0 ? { ...s, prefix: 'abc' } : i === 1 ? { ...s, department: 'KHONGCO' } : s));
    const refused = await expectRefused({ reason: 'Sai ký hiệu và đơn vị', sections: { services } }, 400, 'invalid_config');
    const problems = refused.problems as ConfigProblem[];
    expect(problems.map((p) => [p.code, p.path, p.message.vi])).toEqual([
      ['invalid_config', 'services[0].prefix', 'Mục services[0].prefix chưa đúng: phải là 1–2 chữ cái in hoa hoặc chữ số (đang là "abc")'],
      ['invalid_config', 'services[1].department', 'Mục services[1].department chưa đúng: đơn vị "KHONGCO" không có trong danh sách departments'],
    ]);
    expect(problems.map((p) => p.message.en)).toEqual([
      'services[0].prefix: must be 1–2 capital letters or digits (found "abc")',
      'services[1].department: unknown department "KHONGCO" (not in the departments list)',
    ]);
  });

  it('a prefix change mid-day after tickets were issued, unless applied from tomorrow', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    const config = (await current()).config as { services: Array<Record<string, unknown>> };
    const services = config.services.map((s) => (s.code === 'DKKD' ? { ...s, prefix: 'K' } : s));
    await expectRefused({ reason: 'Đổi ký hiệu', sections: { services } }, 409, 'numbering_change_mid_day');

    const later = await api<ConfigChangeOutcome>('POST', '/api/v1/config/changes', { reason: 'Đổi ký hiệu', applyFrom: 'tomorrow', sections: { services } });
    expect(later.status).toBe(200);
    expect(later.json.revision).toMatchObject({ state: 'pending', applyOn: '2026-11-24' });
    expect((await current()).pending?.id).toBe(later.json.revision?.id);
    const again = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(again.ok && again.value.ticket.code).toBe('A002');

    // The next day's opening applies it.
    hub.clock.set(Date.parse('2026-11-24T01:00:00Z'));
    expect(await hub.hub.services.day.ensureToday()).toBe(true);
    admin = await login(hub.url, 'admin'); // yesterday's session has ended
    const now = await current();
    expect(now.revision).toMatchObject({ id: later.json.revision?.id, state: 'applied' });
    expect(now.pending).toBeNull();
    const tomorrow = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(tomorrow.ok && tomorrow.value.ticket.code).toBe('K001');
  });
});

describe('versions', () => {
  it('rolls back to an earlier revision as a new revision, with a readable diff', async () => {
    const original = await exportYaml();
    const { services } = (await current()).config as { services: unknown[] };
    await api('POST', '/api/v1/config/changes', { reason: REASON, sections: { services: [...services, HOTICH] } });
    expect(await exportYaml()).not.toBe(original);

    const back = await api<ConfigChangeOutcome>('POST', '/api/v1/config/revisions/1/rollback', { reason: 'Quay lại bản đầu' });
    expect(back.status).toBe(200);
    expect(back.json.revision).toMatchObject({ id: 3, source: 'rollback', baseId: 2, reason: 'Quay lại bản đầu (← 1)' });
    expect(await exportYaml()).toBe(original);
    const first = (await revisions()).revisions.find((r) => r.id === 1)!;
    expect(back.json.revision?.hash).toBe(first.hash);
    const detail = (await api<ConfigRevisionDetail>('GET', '/api/v1/config/revisions/3')).json;
    expect(detail.diff).toEqual([expect.objectContaining({ path: 'services[code=HOTICH]', kind: 'removed' })]);
    expect((await revisions()).revisions.map((r) => r.source)).toEqual(['rollback', 'admin', 'file']);
    const audit = hub.db.prepare("SELECT actor, subject FROM audit_log WHERE action = 'config-changed' ORDER BY id").all();
    expect(audit).toEqual([
      { actor: 'user:admin', subject: '2' },
      { actor: 'user:admin', subject: '3' },
    ]);
  });

  it('export → import → export gives the same text', async () => {
    const { services } = (await current()).config as { services: unknown[] };
    await api('POST', '/api/v1/config/changes', { reason: REASON, sections: { services: [...services, HOTICH] } });
    const exported = await exportYaml();
    expect(exported).not.toMatch(/\bpassword:|\btoken:/);
    const preview = await api<ConfigChangeOutcome>('POST', '/api/v1/config/import', { reason: 'Nhập lại', text: exported });
    expect(preview.json).toMatchObject({ dryRun: true, diff: [], problems: [] });
    // A config that differs: previewed, then applied.
    const edited = exported.replace('vi: Hộ tịch', 'vi: Hộ tịch - Chứng thực');
    const diff = await api<ConfigChangeOutcome>('POST', '/api/v1/config/import', { reason: 'Nhập lại', text: edited });
    expect(diff.json.diff).toEqual([{ path: 'services[code=HOTICH].name.vi', kind: 'changed', before: 'Hộ tịch', after: 'Hộ tịch - Chứng thực' }]);
    const applied = await api<ConfigChangeOutcome>('POST', '/api/v1/config/import', { reason: 'Nhập lại', text: edited, dryRun: false });
    expect(applied.json.revision).toMatchObject({ source: 'import' });
    const again = await exportYaml();
    expect(again).toBe(edited);
    await api('POST', '/api/v1/config/import', { reason: 'Nhập lại', text: again, dryRun: false });
    expect(await exportYaml()).toBe(again);
  });
});

describe('the config file between starts', () => {
  it('the same file: the database config stays; a changed file becomes a revision "from file", audited', async () => {
    const { services } = (await current()).config as { services: unknown[] };
    await api('POST', '/api/v1/config/changes', { reason: REASON, sections: { services: [...services, HOTICH] } });
    await hub.restart();
    await afterRestart();
    expect((await current()).revision).toMatchObject({ id: 2, source: 'admin' });
    expect(hub.hub.services.ctx.catalog.service('HOTICH')).toBeDefined();

    const edited = testHallConfig({ hall: { name: { vi: 'Trung tâm Sửa Tệp', en: 'Edited File Center' }, address: 'Số 1, Đường Thử' } });
    await hub.restart({ config: edited });
    await afterRestart();
    const now = await current();
    expect(now.revision).toMatchObject({ id: 3, source: 'file', actor: 'hub', baseId: 2 });
    expect((now.config as { hall: { name: { vi: string } } }).hall.name.vi).toBe('Trung tâm Sửa Tệp');
    // The file wins: the admin's service is gone with it (the file never had it).
    expect(hub.hub.services.ctx.catalog.service('HOTICH')).toBeUndefined();
    const audited = hub.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'config-changed' AND subject = '3'").get() as { actor: string; detail: string };
    expect(audited.actor).toBe('hub');
    expect(JSON.parse(audited.detail)).toMatchObject({ source: 'file', fileChanged: true });
  });
});

describe('a revision stored by an older version', () => {
  it('is read back with the defaults of fields added since', async () => {
    const stored = JSON.parse((hub.db.prepare('SELECT config FROM config_revisions WHERE id = 1').get() as { config: string }).config) as {
      hours: Record<string, unknown>;
      processing: Record<string, unknown>;
    };
    // As a hub from before make-up days would have stored it.
    delete stored.hours.makeUpDays;
    delete stored.processing.makeUpDays;
    hub.db.prepare("UPDATE config_revisions SET config = ? WHERE id = 1").run(JSON.stringify(stored));
    await hub.restart();
    await afterRestart();
    expect(hub.hub.services.ctx.catalog.config.hours.makeUpDays).toEqual([]);
    expect(hub.hub.services.ctx.catalog.config.processing.makeUpDays).toEqual([]);
  });
});
