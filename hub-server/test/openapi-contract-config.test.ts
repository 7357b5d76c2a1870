/**
 * Contract coverage: The hall config: read, change, history, rollback, export, imports (issue 17).
 * Each route in contract-routes.ts's `config` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it } from 'vitest';
import { PROC_KHDT } from '@luot/testing';
import { contractFile } from './helpers/contract-file';

const api = contractFile('config');

describe('the config routes answer as openapi.yaml says', () => {
  it('the hall config: read, change, history, rollback, export, imports (issue 17)', async () => {
    const a = { token: api.admin.token };
    const reason = 'kiểm tra hợp đồng API';
    // Over the config routes' own body limit (a whole config may be ~150 KB; they take up to 4 MB).
    const HUGE = JSON.stringify({ pad: 'x'.repeat(4 * 1024 * 1024) });
    await api.expectStatus(200, 'GET', '/api/v1/config', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/config');
    await api.expectStatus(403, 'GET', '/api/v1/config', { token: api.officer.token });
    await api.expectStatus(200, 'GET', '/api/v1/config/revisions', { token: api.supervisor.token });
    await api.expectStatus(400, 'GET', '/api/v1/config/revisions?limit=0', a);
    await api.expectStatus(401, 'GET', '/api/v1/config/revisions');
    await api.expectStatus(403, 'GET', '/api/v1/config/revisions', { token: api.officer.token });
    await api.expectStatus(200, 'GET', '/api/v1/config/revisions/1', a);
    await api.expectStatus(400, 'GET', '/api/v1/config/revisions/abc', a);
    await api.expectStatus(401, 'GET', '/api/v1/config/revisions/1');
    await api.expectStatus(403, 'GET', '/api/v1/config/revisions/1', { token: api.officer.token });
    await api.expectStatus(404, 'GET', '/api/v1/config/revisions/999', a);
    await api.expectStatus(200, 'GET', '/api/v1/config/export.yaml', a);
    await api.expectStatus(401, 'GET', '/api/v1/config/export.yaml');
    await api.expectStatus(403, 'GET', '/api/v1/config/export.yaml', { token: api.officer.token });

    const changes = '/api/v1/config/changes';
    const hall = { name: { vi: 'Trung tâm Thử', en: 'Test Center' }, address: 'Số 2' };
    await api.expectStatus(200, 'POST', changes, { ...a, body: { reason, dryRun: true, sections: { hall } } });
    await api.expectStatus(400, 'POST', changes, { ...a, body: { sections: { hall } } });
    await api.expectStatus(400, 'POST', changes, { ...a, body: { reason, sections: { services: [] } } });
    await api.expectStatus(401, 'POST', changes, { body: { reason, sections: { hall } } });
    await api.expectStatus(403, 'POST', changes, { token: api.supervisor.token, body: { reason, sections: { hall } } });
    await api.expectStatus(413, 'POST', changes, { ...a, raw: HUGE });
    // A change waiting for tomorrow: changes "now" are refused until it is cancelled.
    await api.expectStatus(200, 'POST', changes, { ...a, body: { reason, applyFrom: 'tomorrow', sections: { hall } } });
    await api.expectStatus(409, 'POST', changes, { ...a, body: { reason, sections: { hall: { ...hall, address: 'Số 3' } } } });
    const rollback = '/api/v1/config/revisions/1/rollback';
    await api.expectStatus(409, 'POST', '/api/v1/config/revisions/2/rollback', { ...a, body: { reason } });
    await api.expectStatus(200, 'POST', rollback, { ...a, body: { reason, dryRun: true } });
    await api.expectStatus(400, 'POST', rollback, { ...a, body: { reason: '' } });
    await api.expectStatus(401, 'POST', rollback, { body: { reason } });
    await api.expectStatus(403, 'POST', rollback, { token: api.supervisor.token, body: { reason } });
    await api.expectStatus(404, 'POST', '/api/v1/config/revisions/999/rollback', { ...a, body: { reason } });
    await api.expectStatus(413, 'POST', rollback, { ...a, raw: HUGE });

    const exported = await (await fetch(`${api.hub.url}/api/v1/config/export.yaml`, { headers: { authorization: `Bearer ${api.admin.token}` } })).text();
    const imports = '/api/v1/config/import';
    const changed = exported.replace('address: ', 'address: Số 9, ');
    await api.expectStatus(200, 'POST', imports, { ...a, body: { reason, text: exported } });
    await api.expectStatus(400, 'POST', imports, { ...a, body: { reason, text: 'hall: [' } });
    await api.expectStatus(401, 'POST', imports, { body: { reason, text: exported } });
    await api.expectStatus(403, 'POST', imports, { token: api.supervisor.token, body: { reason, text: exported } });
    await api.expectStatus(409, 'POST', imports, { ...a, body: { reason, text: changed, dryRun: false } });
    await api.expectStatus(413, 'POST', imports, { ...a, raw: HUGE });

    const calendar = '/api/v1/config/calendar-import';
    const year = { format: 'json', text: JSON.stringify({ year: 2027, holidays: ['2027-01-01'], makeUpDays: ['2027-01-09'] }) };
    await api.expectStatus(200, 'POST', calendar, { ...a, body: { reason, ...year } });
    await api.expectStatus(400, 'POST', calendar, { ...a, body: { reason, format: 'csv', text: '2027-01-01,picnic', dryRun: false } });
    await api.expectStatus(401, 'POST', calendar, { body: { reason, ...year } });
    await api.expectStatus(403, 'POST', calendar, { token: api.supervisor.token, body: { reason, ...year } });
    await api.expectStatus(409, 'POST', calendar, { ...a, body: { reason, ...year, dryRun: false } });
    await api.expectStatus(413, 'POST', calendar, { ...a, raw: HUGE });

    const procedures = '/api/v1/config/procedures-import';
    const csv = [
      'code,name,field,department,service,processingDays,fee,documents',
      `${PROC_KHDT},Đăng ký thành lập doanh nghiệp,Thành lập doanh nghiệp,KHDT,DKKD,3,Không,Giấy đề nghị (1/0)`,
    ].join('\n');
    await api.expectStatus(200, 'POST', procedures, { ...a, body: { reason, format: 'csv', data: csv } });
    await api.expectStatus(400, 'POST', procedures, { ...a, body: { reason, format: 'xlsx', data: 'bm90IGFuIHhsc3g=' } });
    await api.expectStatus(401, 'POST', procedures, { body: { reason, format: 'csv', data: csv } });
    await api.expectStatus(403, 'POST', procedures, { token: api.supervisor.token, body: { reason, format: 'csv', data: csv } });
    await api.expectStatus(409, 'POST', procedures, { ...a, body: { reason, format: 'csv', data: csv.replace(',3,', ',4,'), dryRun: false } });
    await api.expectStatus(413, 'POST', procedures, { ...a, raw: HUGE });

    await api.expectStatus(204, 'DELETE', '/api/v1/config/pending', a);
    await api.expectStatus(401, 'DELETE', '/api/v1/config/pending');
    await api.expectStatus(403, 'DELETE', '/api/v1/config/pending', { token: api.supervisor.token });
    await api.expectStatus(404, 'DELETE', '/api/v1/config/pending', a);
  });

  api.closingChecks();
});
