import { describe, expect, it } from 'vitest';
import type { DeviceEvent, PrintJob } from '@luot/protocol';
import { createAgentClient, type EventSourceLike } from './agent-client';

const job = { kind: 'ticket' } as unknown as PrintJob;

function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const f = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer(url, init);
  }) as unknown as typeof fetch;
  return { f, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('agent client', () => {
  it('sends the token and the job, and returns the job id', async () => {
    const { f, calls } = fakeFetch(() => json(200, { jobId: 'j1' }));
    const client = createAgentClient({ baseUrl: 'http://127.0.0.1:17817/', token: 'tok', fetch: f });
    expect(await client.print(job)).toEqual({ ok: true, value: { jobId: 'j1' } });
    expect(calls[0]?.url).toBe('http://127.0.0.1:17817/print');
    expect(calls[0]?.init.headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json' });
    expect(calls[0]?.init.body).toBe(JSON.stringify(job));
  });

  it('passes the agent typed error through', async () => {
    const error = { code: 'printer_paper_out', message: { vi: 'Máy in hết giấy.', en: 'The printer is out of paper.' } };
    const { f } = fakeFetch(() => json(503, { error }));
    const client = createAgentClient({ baseUrl: 'http://127.0.0.1:1', token: 't', fetch: f });
    expect(await client.print(job)).toEqual({ ok: false, error });
  });

  it('turns an unreachable agent or a non-JSON answer into device_error, and status into offline', async () => {
    const down = createAgentClient({ baseUrl: 'http://127.0.0.1:1', token: 't', fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).f });
    expect(await down.print(job)).toMatchObject({ ok: false, error: { code: 'device_error', message: { vi: expect.stringContaining('dịch vụ thiết bị') } } });
    expect(await down.printerStatus()).toMatchObject({ state: 'offline', detail: expect.stringContaining('Failed to fetch') });
    await expect(down.showOnSign('A001')).rejects.toMatchObject({ error: { code: 'device_error' } });

    const html = createAgentClient({ baseUrl: 'http://127.0.0.1:1', token: 't', fetch: fakeFetch(() => new Response('<html>', { status: 502 })).f });
    expect(await html.print(job)).toMatchObject({ ok: false, error: { code: 'device_error' } });
  });

  it('opens one event stream for all listeners with the token in the URL, and closes it after the last', () => {
    const opened: { url: string; es: EventSourceLike & { emit(data: string): void; closed: boolean } }[] = [];
    const client = createAgentClient({
      baseUrl: 'http://127.0.0.1:17817',
      token: 'a b',
      fetch: fakeFetch(() => json(200, {})).f,
      eventSource: (url) => {
        let listener: ((e: { data: string }) => void) | null = null;
        const es = {
          closed: false,
          addEventListener: (_t: 'message', l: (e: { data: string }) => void) => (listener = l),
          close() {
            es.closed = true;
          },
          emit: (data: string) => listener?.({ data }),
        };
        opened.push({ url, es });
        return es;
      },
    });
    const a: DeviceEvent[] = [];
    const b: DeviceEvent[] = [];
    const stopA = client.onEvent((e) => a.push(e));
    const stopB = client.onEvent((e) => b.push(e));
    expect(opened).toHaveLength(1);
    expect(opened[0]?.url).toBe('http://127.0.0.1:17817/events?token=a%20b');
    opened[0]?.es.emit(JSON.stringify({ type: 'rating', value: 5, at: 1 }));
    opened[0]?.es.emit('not json');
    expect(a).toEqual([{ type: 'rating', value: 5, at: 1 }]);
    expect(b).toEqual(a);
    stopA();
    expect(opened[0]?.es.closed).toBe(false);
    stopB();
    expect(opened[0]?.es.closed).toBe(true);
  });
});
