/** Small HTTP helpers for the agent: JSON answers, typed errors, bounded JSON bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, HTTP_STATUS, luotError, ok, type LuotError, type Result } from '@luot/protocol';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/** `{ error }` with the HTTP status protocol assigns to the code (as the hub does). */
export function sendError(res: ServerResponse, error: LuotError): void {
  sendJson(res, HTTP_STATUS[error.code], { error });
}

/** Reads a JSON body of at most `maxBytes`; refuses other content types and bigger bodies early. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Result<unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return fail(luotError('invalid_payload', { vi: 'Cần gửi JSON (Content-Type: application/json).', en: 'Send JSON (Content-Type: application/json).' }));
  }
  const tooLarge = () =>
    fail(luotError('payload_too_large', { vi: `Dữ liệu vượt quá ${maxBytes} byte.`, en: `The body is larger than ${maxBytes} bytes.` }));
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();

  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) return tooLarge();
      chunks.push(chunk);
    }
  } catch {
    return fail(luotError('invalid_payload', { en: 'The request body was cut off.', vi: 'Dữ liệu gửi lên bị ngắt giữa chừng.' }));
  }
  try {
    return ok(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
  } catch {
    return fail(luotError('invalid_payload', { vi: 'Dữ liệu không phải JSON hợp lệ.', en: 'The body is not valid JSON.' }));
  }
}
