/**
 * Test helpers for the agent: a minimal EventSource over fetch (Node 24 has
 * one only behind --experimental-eventsource), a fake printer whose state a test sets, and a fake hub that
 * records printer reports.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ok, type PrintJob, type PrinterState, type PrinterStatus, type Result } from '@luot/protocol';
import type { PrinterHandle } from '../src/device-service';

/** Enough of EventSource for the agent client: `data:` lines, message events, close(). */
export class FetchEventSource {
  private readonly abort = new AbortController();
  private readonly listeners: ((event: { data: string }) => void)[] = [];
  /** Resolves with the HTTP status once the response headers arrive. */
  readonly opened: Promise<number>;

  constructor(url: string, headers: Record<string, string> = {}) {
    this.opened = fetch(url, { headers, signal: this.abort.signal }).then((res) => {
      if (res.body) void this.pump(res.body);
      return res.status;
    });
    this.opened.catch(() => undefined);
  }

  addEventListener(_type: 'message', listener: (event: { data: string }) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (data) for (const l of this.listeners) l({ data });
        }
      }
    } catch {
      // aborted by close()
    }
  }
}

/** A printer whose state the test sets; it records the jobs it "prints". */
export class FakePrinter implements PrinterHandle {
  state: PrinterState = 'online';
  readonly jobs: PrintJob[] = [];
  closed = false;

  async print(job: PrintJob): Promise<Result<{ jobId: string }>> {
    this.jobs.push(job);
    return ok({ jobId: `job-${this.jobs.length}` });
  }

  async status(): Promise<PrinterStatus> {
    return { state: this.state, checkedAt: Date.now(), ...(this.state === 'online' ? {} : { detail: `fake ${this.state}` }) };
  }

  close(): void {
    this.closed = true;
  }
}

export interface RecordedReport {
  authorization: string | undefined;
  body: { commandId: string; state: string; detail?: string };
}

/** A stand-in hub: records POST /api/v1/devices/printer; answers with `nextStatuses` (then 200). */
export async function startFakeHub(nextStatuses: number[] = []) {
  const reports: RecordedReport[] = [];
  /** Reports the hub answered with an error status. */
  const refused: RecordedReport[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/v1/devices/printer') {
        const status = nextStatuses.shift() ?? 200;
        const report = { authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
        (status === 200 ? reports : refused).push(report);
        res.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{"ok":true}' : '{"error":{}}');
      } else {
        res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reports,
    refused,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
