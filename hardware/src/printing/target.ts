import { fail, luotError, ok, type Result } from '@luot/protocol';

/** Where a printer is reached. */
export type PrinterTarget =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'file'; path: string };

export const DEFAULT_TCP_PORT = 9100;
export const DEFAULT_BAUD_RATE = 9600;
const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400];

const bad = (en: string, vi: string): Result<PrinterTarget> =>
  fail(luotError('invalid_payload', { en, vi }, 'target'));

/**
 * Parses a printer target:
 * - `tcp://192.168.1.50:9100` (port defaults to 9100)
 * - `serial:/dev/ttyUSB0?baud=115200` (baud defaults to 9600; `COM3` on Windows)
 * - `file:/dev/usb/lp0` (a device file written directly; a bare `/dev/...` path is also taken as a file)
 */
export function parseTarget(text: string): Result<PrinterTarget> {
  const target = text.trim();
  if (target === '') return bad('The printer target is empty.', 'Chưa nhập địa chỉ máy in.');

  if (/^tcp:/i.test(target)) {
    const match = /^tcp:\/\/(\[[0-9a-f:.]+\]|[^/:?#\s]+)(?::(\d+))?\/?$/i.exec(target);
    if (!match) return bad(`"${target}" is not a TCP target; write tcp://host:port.`, `"${target}" không đúng dạng tcp://máy:cổng.`);
    const port = match[2] === undefined ? DEFAULT_TCP_PORT : Number(match[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      return bad(`Port ${match[2]} is out of range 1–65535.`, `Cổng ${match[2]} không hợp lệ (1–65535).`);
    }
    return ok({ kind: 'tcp', host: match[1]!.replace(/^\[|\]$/g, ''), port });
  }

  if (/^serial:/i.test(target)) {
    const [pathPart, query = ''] = target.slice('serial:'.length).split('?', 2) as [string, string?];
    const path = pathPart.replace(/^\/\/(?=\/)/, '');
    if (path === '') return bad('The serial target has no port; write serial:/dev/ttyUSB0?baud=9600.', 'Thiếu cổng nối tiếp, ví dụ serial:/dev/ttyUSB0?baud=9600.');
    const params = new URLSearchParams(query);
    for (const key of params.keys()) {
      if (key !== 'baud') return bad(`Unknown serial option "${key}"; only baud is supported.`, `Tùy chọn "${key}" không được hỗ trợ; chỉ có baud.`);
    }
    const baudText = params.get('baud');
    const baudRate = baudText === null ? DEFAULT_BAUD_RATE : Number(baudText);
    if (!BAUD_RATES.includes(baudRate)) {
      return bad(`Baud rate ${baudText} is not one of ${BAUD_RATES.join(', ')}.`, `Tốc độ baud ${baudText} không hợp lệ.`);
    }
    return ok({ kind: 'serial', path, baudRate });
  }

  if (/^file:/i.test(target) || target.startsWith('/')) {
    const path = target.replace(/^file:(\/\/(?=\/))?/i, '');
    if (!path.startsWith('/') && !/^[A-Za-z]:\\/.test(path)) {
      return bad(`The file target needs an absolute path, e.g. file:/dev/usb/lp0.`, `Cần đường dẫn tuyệt đối, ví dụ file:/dev/usb/lp0.`);
    }
    return ok({ kind: 'file', path });
  }

  return bad(
    `Unknown printer target "${target}". Use tcp://host:port, serial:/dev/ttyUSB0?baud=9600 or file:/dev/usb/lp0.`,
    `Địa chỉ máy in "${target}" không hợp lệ. Dùng tcp://máy:cổng, serial:/dev/ttyUSB0?baud=9600 hoặc file:/dev/usb/lp0.`,
  );
}

export function describeTarget(target: PrinterTarget): string {
  switch (target.kind) {
    case 'tcp':
      return `tcp://${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
    case 'serial':
      return `serial:${target.path}?baud=${target.baudRate}`;
    case 'file':
      return `file:${target.path}`;
  }
}
