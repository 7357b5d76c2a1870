import { describe, expect, it } from 'vitest';
import { parseTarget } from './target';

describe('parseTarget', () => {
  it('reads the three kinds of target', () => {
    expect(parseTarget('tcp://192.168.1.50:9100')).toEqual({ ok: true, value: { kind: 'tcp', host: '192.168.1.50', port: 9100 } });
    expect(parseTarget('tcp://printer.local')).toEqual({ ok: true, value: { kind: 'tcp', host: 'printer.local', port: 9100 } });
    expect(parseTarget('serial:/dev/ttyUSB0?baud=115200')).toEqual({ ok: true, value: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 } });
    expect(parseTarget('serial:COM3')).toEqual({ ok: true, value: { kind: 'serial', path: 'COM3', baudRate: 9600 } });
    expect(parseTarget('file:/dev/usb/lp0')).toEqual({ ok: true, value: { kind: 'file', path: '/dev/usb/lp0' } });
    expect(parseTarget('/dev/usb/lp0')).toEqual({ ok: true, value: { kind: 'file', path: '/dev/usb/lp0' } });
  });

  it.each([
    ['', 'empty'],
    ['tcp://host:70000', 'out of range'],
    ['tcp://', 'not a TCP target'],
    ['serial:/dev/ttyUSB0?baud=1234', 'Baud rate'],
    ['serial:/dev/ttyUSB0?parity=even', 'Unknown serial option'],
    ['file:lp0', 'absolute path'],
    ['usb://printer', 'Unknown printer target'],
  ])('refuses %j with a clear error', (text, words) => {
    const result = parseTarget(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_payload');
      expect(result.error.field).toBe('target');
      expect(result.error.message.en).toContain(words);
      expect(result.error.message.vi.length).toBeGreaterThan(5);
    }
  });
});
