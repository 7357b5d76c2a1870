/**
 * The agent end to end with real printing: the kiosk's agent client prints
 * through the agent to the virtual network printer, the printer runs out of
 * paper, the kiosk gets a clear error fast, and the real hub hears about it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { API_BASE, type DeviceEvent, type LoginResponse } from '@luot/protocol';
import { createAgentClient } from '../src/client/agent-client';
import { startTestHub } from '@luot/testing';
import { parseDeviceServiceConfig, type DeviceServiceConfigInput } from '../src/device-service-config';
import { sampleTicket } from '../src/printing/index';
import { startAgent } from '../src/agent/start-agent';
import { startVirtualPrinter } from '../src/simulators/virtual-printer';
import { FetchEventSource } from './agent-helpers';
import { until } from './serial-helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function agentFor(config: DeviceServiceConfigInput) {
  const parsed = parseDeviceServiceConfig({ ...config, agent: { port: 0 } });
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const agent = await startAgent({ config: parsed.value, hubRetryMs: 200 });
  cleanups.push(() => agent.close());
  return agent;
}

describe('agent with the virtual network printer', () => {
  it('prints a ticket as an 80 mm raster through the agent client', async () => {
    const printer = await startVirtualPrinter();
    cleanups.push(() => printer.close());
    const agent = await agentFor({ printer: { target: printer.target, width: 80, timeoutMs: 1_000 } });
    const client = createAgentClient({ baseUrl: agent.url, token: agent.token });

    expect(await client.printerStatus()).toMatchObject({ state: 'online' });
    const result = await client.print({ kind: 'ticket', ticket: sampleTicket() });
    expect(result).toMatchObject({ ok: true, value: { jobId: expect.any(String) } });
    const [job] = await printer.waitForJobs(1);
    expect(job?.decoded.image?.width).toBe(576);
    expect(job?.decoded.cut).toBe(true);
  });

  it('fails fast with printer_paper_out, pushes the state over SSE and reports it to the hub', async () => {
    const hub = await startTestHub();
    cleanups.push(() => hub.close());
    const printer = await startVirtualPrinter();
    cleanups.push(() => printer.close());
    const agent = await agentFor({
      printer: { target: printer.target, timeoutMs: 1_000 },
      statusPollMs: 300,
      hub: { url: hub.url, deviceToken: 'demo-kiosk-token-1' },
    });
    const client = createAgentClient({ baseUrl: agent.url, token: agent.token, eventSource: (url) => new FetchEventSource(url) });
    cleanups.push(() => client.close());
    const events: DeviceEvent[] = [];
    client.onEvent((e) => events.push(e));
    await until(() => events.some((e) => e.type === 'printer' && e.status.state === 'online'), 5_000, 'online state');

    await printer.setState('paper_out');
    const started = Date.now();
    const result = await client.print({ kind: 'ticket', ticket: sampleTicket() });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'printer_paper_out', message: { vi: expect.stringContaining('hết giấy') } } });
    await until(() => events.some((e) => e.type === 'printer' && e.status.state === 'paper_out'), 5_000, 'paper-out event');

    // The supervisor's device list shows the kiosk's printer out of paper.
    const login = await fetch(`${hub.url}${API_BASE}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'luot-demo' }),
    });
    const { token } = (await login.json()) as LoginResponse;
    let devices: { id: string; printerState: string | null }[] = [];
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const res = await fetch(`${hub.url}${API_BASE}/devices`, { headers: { authorization: `Bearer ${token}` } });
      devices = (await res.json()) as typeof devices;
      if (devices.some((d) => d.printerState === 'paper_out')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(devices.filter((d) => d.printerState === 'paper_out')).toHaveLength(1);
    expect(printer.jobs).toHaveLength(0);
  });
});
