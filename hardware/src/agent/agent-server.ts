/**
 * The local device agent: the device service over HTTP on 127.0.0.1, for
 * browser kiosks, development and end-to-end tests. Every request needs the
 * per-launch token; the caller listens (tests use port 0).
 *
 *   GET  /printer/status          → PrinterStatus
 *   POST /print     PrintJob      → { jobId }
 *   POST /sign      { text }      → { shown }
 *   GET  /devices                 → serial connections
 *   GET  /events?token=…          → text/event-stream of DeviceEvent
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { luotError, MAX_PAYLOAD_BYTES, parsePayload, PRINT_JOB_MAX_BYTES, signRequestSchema } from '@luot/protocol';
import type { DeviceService } from '../device-service';
import { isAuthorized } from './agent-auth';
import { checkOrigin, setCorsHeaders } from './agent-cors';
import { readJsonBody, sendError, sendJson } from './agent-http';
import { createSseHub } from './agent-sse';

export interface AgentServerOptions {
  service: DeviceService;
  token: string;
  /** Page origins allowed to call the agent (the hub's origin). */
  allowedOrigins?: readonly string[];
  maxBodyBytes?: number;
  heartbeatMs?: number;
}

export interface AgentServer {
  server: Server;
  /** Ends event streams and stops the server (the device service is the caller's to close). */
  close(): Promise<void>;
}

const LOCAL_HOSTS = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

export function createAgentServer(options: AgentServerOptions): AgentServer {
  const { service, token } = options;
  const allowed = new Set(options.allowedOrigins ?? []);
  const maxBody = options.maxBodyBytes ?? MAX_PAYLOAD_BYTES;
  // A ticket may carry the hall's logo (up to 64 KB of data URL).
  const maxPrintBody = options.maxBodyBytes ?? PRINT_JOB_MAX_BYTES;
  const sse = createSseHub(options.heartbeatMs);
  const unsubscribe = service.onEvent((event) => sse.send(event));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A page on a rebound DNS name must not reach the agent through "its own" origin.
    if (!LOCAL_HOSTS.test(req.headers.host ?? '')) {
      return sendError(res, luotError('forbidden', { en: 'The agent answers on 127.0.0.1 only.', vi: 'Dịch vụ thiết bị chỉ nhận yêu cầu tại 127.0.0.1.' }));
    }
    if (checkOrigin(req, allowed) === 'refused') {
      return sendError(res, luotError('forbidden', { en: `Pages from ${req.headers.origin} may not use the devices.`, vi: `Trang ${req.headers.origin} không được dùng thiết bị.` }));
    }
    setCorsHeaders(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }

    const isEvents = url.pathname === '/events';
    if (!isAuthorized(req, url, token, isEvents)) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendError(res, luotError('unauthenticated', { en: 'The device agent token is missing or wrong.', vi: 'Thiếu hoặc sai mã của dịch vụ thiết bị.' }));
    }

    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case 'GET /printer/status':
        return sendJson(res, 200, await service.printerStatus());
      case 'POST /print': {
        const body = await readJsonBody(req, maxPrintBody);
        if (!body.ok) return refuseBody(req, res, body.error);
        const result = await service.printUnknown(body.value);
        return result.ok ? sendJson(res, 200, result.value) : sendError(res, result.error);
      }
      case 'POST /sign': {
        const body = await readJsonBody(req, maxBody);
        if (!body.ok) return refuseBody(req, res, body.error);
        const parsed = parsePayload(signRequestSchema, body.value);
        if (!parsed.ok) return sendError(res, parsed.error);
        const result = await service.sign(parsed.value.text);
        return result.ok ? sendJson(res, 200, { shown: parsed.value.text }) : sendError(res, result.error);
      }
      case 'GET /devices':
        return sendJson(res, 200, service.connections());
      case 'GET /events':
        return sse.add(res, { type: 'printer', status: service.lastPrinterStatus(), at: Date.now() });
      default:
        return sendError(res, luotError('not_found', { en: `No such endpoint: ${route}.`, vi: `Không có chức năng ${route}.` }));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, luotError('internal', { en: `Agent error: ${err instanceof Error ? err.message : String(err)}` }));
      else res.destroy();
    });
  });

  return {
    server,
    close: async () => {
      unsubscribe();
      sse.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    },
  };
}

/** Answers a refused body and stops reading the rest of an oversized upload. */
function refuseBody(req: IncomingMessage, res: ServerResponse, error: Parameters<typeof sendError>[1]): void {
  if (error.code === 'payload_too_large') res.setHeader('connection', 'close');
  sendError(res, error);
  if (!req.complete) req.resume();
}
