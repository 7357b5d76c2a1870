import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HALL_LOGO_MAX_CHARS, MAX_PAYLOAD_BYTES, PRINT_JOB_MAX_BYTES, type DeviceEvent, type PrintJob } from '@luot/protocol';
import { createAgentClient } from '../src/client/agent-client';
import { parseDeviceServiceConfig, type DeviceServiceConfigInput } from '../src/device-service-config';
import { startAgent, type RunningAgent } from '../src/agent/start-agent';
import { SerialPtyPair } from '../src/simulators/serial-pty-pair';
import { KeypadSimulator } from '../src/simulators/serial-keypad-sim';
import { SignSimulator } from '../src/simulators/serial-sign-sim';
import { FakePrinter, FetchEventSource, startFakeHub } from './agent-helpers';
import { until } from './serial-helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const ticketJob: PrintJob = {
  kind: 'ticket',
  ticket: {
    hallName: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administrative Service Center' },
    serviceName: { vi: 'Đăng ký kinh doanh', en: 'Business registration' },
    code: 'A015',
    priority: 'elderly',
    issuedAt: Date.UTC(2026, 0, 5, 2, 0),
    peopleAhead: 3,
    estimatedWaitMinutes: 12,
    trackUrl: 'http://10.0.0.2:8080/t/abc',
  },
};

async function agentWith(config: DeviceServiceConfigInput, printer = new FakePrinter()) {
  const parsed = parseDeviceServiceConfig({ ...config, agent: { port: 0, ...config.agent } });
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const agent = await startAgent({ config: parsed.value, createPrinter: () => printer, hubRetryMs: 100 });
  cleanups.push(() => agent.close());
  return { agent, printer };
}

const auth = (agent: RunningAgent) => ({ authorization: `Bearer ${agent.token}` });

/** A raw request, for headers fetch will not let us set (Host). */
function rawGet(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('device agent: the token', () => {
  it('refuses calls without the token or with a wrong one, with a typed 401', async () => {
    const { agent } = await agentWith({ printer: { target: 'tcp://127.0.0.1:9' } });
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: agent.token }] as Record<string, string>[]) {
      const res = await fetch(`${agent.url}/printer/status`, { headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated', message: { vi: expect.any(String), en: expect.any(String) } } });
    }
    // The query token is for the event stream only.
    const viaQuery = await fetch(`${agent.url}/printer/status?token=${agent.token}`);
    expect(viaQuery.status).toBe(401);
    const eventsWithout = await fetch(`${agent.url}/events`);
    expect(eventsWithout.status).toBe(401);
    const printWithout = await fetch(`${agent.url}/print`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ticketJob) });
    expect(printWithout.status).toBe(401);
  });

  it('accepts the token and answers the printer status', async () => {
    const { agent, printer } = await agentWith({ printer: { target: 'tcp://127.0.0.1:9' } });
    printer.state = 'paper_near_end';
    const res = await fetch(`${agent.url}/printer/status`, { headers: auth(agent) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'paper_near_end' });
  });

  it('uses a fresh random token per launch', async () => {
    const a = await agentWith({});
    const b = await agentWith({});
    expect(a.agent.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(a.agent.token).not.toBe(b.agent.token);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { agent } = await agentWith({});
    const res = await rawGet(agent.port, '/printer/status', { host: `evil.example:${agent.port}`, ...auth(agent) });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('device agent: CORS for the kiosk page served by the hub', () => {
  it('answers the preflight of the hub origin, private-network access included', async () => {
    const { agent } = await agentWith({ hub: { url: 'http://10.0.0.2:8080', deviceToken: 'demo-kiosk-token-1' } });
    const res = await fetch(`${agent.url}/print`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://10.0.0.2:8080',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
        'access-control-request-private-network': 'true',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://10.0.0.2:8080');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-private-network')).toBe('true');
    const real = await fetch(`${agent.url}/devices`, { headers: { origin: 'http://10.0.0.2:8080', ...auth(agent) } });
    expect(real.status).toBe(200);
    expect(real.headers.get('access-control-allow-origin')).toBe('http://10.0.0.2:8080');
  });

  it('refuses pages from other origins even with the token', async () => {
    const { agent } = await agentWith({ agent: { allowedOrigins: ['http://kiosk.local:8080'] } });
    const res = await fetch(`${agent.url}/devices`, { headers: { origin: 'http://attacker.example', ...auth(agent) } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await fetch(`${agent.url}/devices`, { headers: { origin: 'http://kiosk.local:8080', ...auth(agent) } });
    expect(listed.status).toBe(200);
  });
});

describe('device agent: printing', () => {
  it('passes a valid job to the printer and returns its job id', async () => {
    const { agent, printer } = await agentWith({ printer: { target: 'tcp://127.0.0.1:9' } });
    const res = await fetch(`${agent.url}/print`, { method: 'POST', headers: { ...auth(agent), 'content-type': 'application/json' }, body: JSON.stringify(ticketJob) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ jobId: 'job-1' });
    expect(printer.jobs).toEqual([ticketJob]);
  });

  it('refuses bad jobs, wrong content types, broken JSON and oversized bodies without printing', async () => {
    const { agent, printer } = await agentWith({ printer: { target: 'tcp://127.0.0.1:9' } });
    const post = (body: string, type = 'application/json') =>
      fetch(`${agent.url}/print`, { method: 'POST', headers: { ...auth(agent), 'content-type': type }, body });

    const badCode = await post(JSON.stringify({ ...ticketJob, ticket: { ...ticketJob.ticket, code: 'a-15' } }));
    expect(badCode.status).toBe(400);
    expect(await badCode.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'ticket.code' } });

    const extra = await post(JSON.stringify({ ...ticketJob, copies: 3 }));
    expect(extra.status).toBe(400);

    expect((await post(JSON.stringify(ticketJob), 'text/plain')).status).toBe(400);
    expect((await post('{"kind":')).status).toBe(400);

    // Print jobs may be bigger than other bodies (a hall logo rides on each ticket), but not without end.
    const huge = await post(JSON.stringify({ ...ticketJob, pad: 'x'.repeat(PRINT_JOB_MAX_BYTES) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(printer.jobs).toEqual([]);
  });

  it('takes a ticket carrying the largest hall logo the config allows, bigger than other bodies may be', async () => {
    const { agent, printer } = await agentWith({ printer: { target: 'tcp://127.0.0.1:9' } });
    const prefix = 'data:image/png;base64,';
    const logo = prefix + 'A'.repeat(HALL_LOGO_MAX_CHARS - prefix.length);
    const job = { ...ticketJob, ticket: { ...ticketJob.ticket, logo } };
    const body = JSON.stringify(job);
    expect(body.length).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    const res = await fetch(`${agent.url}/print`, { method: 'POST', headers: { ...auth(agent), 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    expect(printer.jobs).toEqual([job]);
  });

  it('says printer_offline when no printer is configured', async () => {
    const { agent } = await agentWith({});
    const res = await fetch(`${agent.url}/print`, { method: 'POST', headers: { ...auth(agent), 'content-type': 'application/json' }, body: JSON.stringify(ticketJob) });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: 'printer_offline' } });
  });
});

describe('device agent: serial devices', () => {
  it('streams keypad presses from a serial keypad over SSE, and the kiosk client receives them', async () => {
    const pair = await SerialPtyPair.create();
    cleanups.push(() => pair.close());
    const keypad = new KeypadSimulator(pair.devicePath, 4);
    await keypad.open();
    cleanups.push(() => keypad.close());
    const { agent } = await agentWith({ serial: { keypad: { path: pair.hostPath, counter: 4 } } });
    await until(() => agent.service.connections()[0]?.connected === true, 5_000, 'keypad to connect');

    // Raw stream with the query token (what a browser's EventSource does).
    const raw: DeviceEvent[] = [];
    const es = new FetchEventSource(`${agent.url}/events?token=${encodeURIComponent(agent.token)}`);
    cleanups.push(() => es.close());
    es.addEventListener('message', (m) => raw.push(JSON.parse(m.data) as DeviceEvent));
    expect(await es.opened).toBe(200);
    await until(() => raw.length >= 1, 5_000, 'the first (printer) event');
    expect(raw[0]).toMatchObject({ type: 'printer', status: { state: 'offline', detail: 'no printer configured' } });

    // The kiosk's agent client over the same stream.
    const client = createAgentClient({ baseUrl: agent.url, token: agent.token, eventSource: (url) => new FetchEventSource(url) });
    cleanups.push(() => client.close());
    const viaClient: DeviceEvent[] = [];
    client.onEvent((e) => viaClient.push(e));
    await until(() => viaClient.length >= 1, 5_000, 'client stream to open');

    await keypad.press('NEXT');
    await keypad.sendRaw('K004:NEXT\r\n');
    await keypad.press('RECALL');
    await until(() => raw.filter((e) => e.type === 'keypad').length === 2, 5_000, 'two keypad events');
    await until(() => viaClient.filter((e) => e.type === 'keypad').length === 2, 5_000, 'two keypad events at the client');
    expect(raw.filter((e) => e.type === 'keypad')).toMatchObject([
      { key: 'NEXT', counter: 4 },
      { key: 'RECALL', counter: 4 },
    ]);
    expect(raw.find((e) => e.type === 'device-error')).toMatchObject({ device: 'keypad', message: expect.stringMatching(/missing checksum/) });
  });

  it('shows a number on the LED sign through the agent and the client', async () => {
    const pair = await SerialPtyPair.create();
    cleanups.push(() => pair.close());
    const sign = new SignSimulator(pair.devicePath);
    await sign.open();
    cleanups.push(() => sign.close());
    const { agent } = await agentWith({ serial: { sign: { path: pair.hostPath, counter: 3 } } });
    await until(() => agent.service.connections()[0]?.connected === true, 5_000, 'sign to connect');

    const res = await fetch(`${agent.url}/sign`, { method: 'POST', headers: { ...auth(agent), 'content-type': 'application/json' }, body: JSON.stringify({ text: 'b007' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ shown: 'B007' });
    expect(sign.shown).toBe('B007');

    const client = createAgentClient({ baseUrl: agent.url, token: agent.token });
    await client.showOnSign('B008');
    expect(sign.shown).toBe('B008');
    await expect(client.showOnSign('Quầy số 3')).rejects.toMatchObject({ error: { code: 'invalid_payload', field: 'text' } });
    expect(sign.shown).toBe('B008');
  });
});

describe('device agent: reporting the printer to the hub', () => {
  it('posts each printer state change with the device token, retrying while the hub fails', async () => {
    const hub = await startFakeHub([503]);
    cleanups.push(() => hub.close());
    const printer = new FakePrinter();
    await agentWith({ printer: { target: 'tcp://127.0.0.1:9' }, statusPollMs: 200, hub: { url: hub.url, deviceToken: 'demo-kiosk-token-1' } }, printer);

    // The first report (online) meets a 503, then goes through on retry.
    await until(() => hub.reports.length === 1, 5_000, 'the first report');
    expect(hub.reports[0]).toMatchObject({ authorization: 'Bearer demo-kiosk-token-1', body: { state: 'online' } });
    expect(hub.reports[0]?.body.commandId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    // The retry resends the same command, so the hub can count it once.
    expect(hub.refused.map((r) => r.body)).toEqual([hub.reports[0]?.body]);

    printer.state = 'paper_out';
    await until(() => hub.reports.length === 2, 5_000, 'the paper-out report');
    expect(hub.reports[1]?.body).toMatchObject({ state: 'paper_out', detail: 'fake paper_out' });

    // No change, no report.
    await new Promise((r) => setTimeout(r, 600));
    expect(hub.reports).toHaveLength(2);

    printer.state = 'online';
    await until(() => hub.reports.length === 3, 5_000, 'the back-online report');
    expect(hub.reports[2]?.body.state).toBe('online');
    expect(new Set(hub.reports.map((r) => r.body.commandId)).size).toBe(3);
  });
});

describe('device agent: command line', () => {
  it('prints usage with --help and refuses a missing or bad config', async () => {
    const { execFile } = await import('node:child_process');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        execFile('npx', ['tsx', 'src/agent/main.ts', ...args], { cwd: new URL('..', import.meta.url).pathname }, (error, out, err) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err }),
        );
      });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--config <file>');
    const missing = await run([]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--config <file> is required');
    const bad = await run(['--config', '/nonexistent/luot-devices.json']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Cannot read config file/);
  }, 60_000);
});
