import type { PrinterTarget } from '../target';
import type { PrinterConnection } from './connection';
import { openFileConnection } from './file-connection';
import { openSerialConnection } from './serial-connection';
import { openTcpConnection } from './tcp-connection';

export function openConnection(target: PrinterTarget, timeoutMs: number): Promise<PrinterConnection> {
  switch (target.kind) {
    case 'tcp':
      return openTcpConnection(target.host, target.port, timeoutMs);
    case 'serial':
      return openSerialConnection(target.path, target.baudRate, timeoutMs);
    case 'file':
      return openFileConnection(target.path, timeoutMs);
  }
}
