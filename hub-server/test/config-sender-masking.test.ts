/**
 * The hall config's readers: an admin reads the message sender's settings
 * whole (they may change them); a supervisor reads the config but sees only
 * which kind of sender it is — never a gateway password, key or token — in
 * the config in force, a revision and its diff, and the YAML export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startTestHub, testHallConfig, type TestHub } from '@luot/testing';
import { maskSenderDiff, MASKED } from '../src/hall-config/sender-masking';

const SECRETS = ['mat-khau-cong-nhan-tin', 'khoa-api-bi-mat', 'ApiKeyTrongThan'];
let hub: TestHub;

beforeAll(async () => {
  const config = testHallConfig({
    notifications: {
      sender: {
        kind: 'http_sms',
        url: 'https://sms.example.vn/send',
        body: '{"ApiKey":"ApiKeyTrongThan","Phone":"{{to}}","Content":"{{text}}"}',
        headers: { 'X-Api-Key': 'khoa-api-bi-mat' },
        basicAuth: { user: 'trungtam', password: 'mat-khau-cong-nhan-tin' },
      },
    },
  });
  hub = await startTestHub({ config, serveApps: false });
});
afterAll(() => hub.close());

async function read(username: string, path: string): Promise<string> {
  const { token } = await login(hub.url, username);
  const res = await fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.text();
}

describe("the message sender's settings in the config's answers", () => {
  it('are whole for an admin', async () => {
    const answer = JSON.parse(await read('admin', '/api/v1/config')) as { config: { notifications: { sender: Record<string, unknown> } } };
    expect(answer.config.notifications.sender).toMatchObject({ kind: 'http_sms', basicAuth: { password: 'mat-khau-cong-nhan-tin' } });
  });

  it('are reduced to the kind for a supervisor, in the config, a revision and the export', async () => {
    const current = await read('giamsat', '/api/v1/config');
    expect((JSON.parse(current) as { config: { notifications: { sender: unknown } } }).config.notifications.sender).toEqual({ kind: 'http_sms' });
    const answers = [current, await read('giamsat', '/api/v1/config/revisions/1'), await read('giamsat', '/api/v1/config/export.yaml')];
    for (const text of answers) for (const secret of SECRETS) expect(text).not.toContain(secret);
    // The export still says which sender the hall uses.
    expect(answers[2]).toContain('kind: http_sms');
  });

  it("keep a diff's sender paths but not their values", () => {
    expect(
      maskSenderDiff([
        { path: 'notifications.sender.basicAuth.password', kind: 'changed', before: 'a', after: 'b' },
        { path: 'notifications.sender', kind: 'added', after: { kind: 'log' } },
        { path: 'notifications.nearTurnPosition', kind: 'changed', before: 3, after: 2 },
        { path: 'notifications', kind: 'added', after: { sender: { kind: 'zalo_oa', accessToken: 't' }, nearTurnPosition: 3 } },
      ]),
    ).toEqual([
      { path: 'notifications.sender.basicAuth.password', kind: 'changed', before: MASKED, after: MASKED },
      { path: 'notifications.sender', kind: 'added', after: MASKED },
      { path: 'notifications.nearTurnPosition', kind: 'changed', before: 3, after: 2 },
      { path: 'notifications', kind: 'added', after: { sender: { kind: 'zalo_oa' }, nearTurnPosition: 3 } },
    ]);
  });
});
