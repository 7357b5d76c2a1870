import { PRINTER_STATES } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { isStatusByte, stateFromStatusBytes, statusBytesFor } from './status-bytes';

describe('DLE EOT status bytes', () => {
  it('reads the documented bits', () => {
    const base = 0x12;
    expect(stateFromStatusBytes({ printer: base, offlineCause: base, paper: base }).state).toBe('online');
    expect(stateFromStatusBytes({ printer: base | 8, offlineCause: base | 4, paper: base }).state).toBe('cover_open');
    expect(stateFromStatusBytes({ printer: base | 8, offlineCause: base | 0x20, paper: base | 0x60 }).state).toBe('paper_out');
    expect(stateFromStatusBytes({ printer: base, offlineCause: base, paper: base | 0x0c }).state).toBe('paper_near_end');
    expect(stateFromStatusBytes({ printer: base | 8, offlineCause: base | 0x40, errorCause: base | 8, paper: base })).toEqual({
      state: 'error',
      detail: 'autocutter error',
    });
  });

  it('round-trips every state through the simulator bytes', () => {
    for (const state of PRINTER_STATES) {
      const bytes = statusBytesFor(state);
      expect(Object.values(bytes).every(isStatusByte)).toBe(true);
      expect(stateFromStatusBytes(bytes).state).toBe(state);
    }
  });

  it('tells status bytes from stray data', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x00)).toBe(false);
    expect(isStatusByte(0xff)).toBe(false);
  });
});
