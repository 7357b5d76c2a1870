import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { CRASH_EXIT_CODE, installProcessGuards, type GuardedProcess } from './process-guard';

function fakeProcess() {
  const events = new EventEmitter();
  const exits: number[] = [];
  const proc = Object.assign(events, { exit: (code: number) => void exits.push(code) }) as EventEmitter & GuardedProcess;
  return { proc, exits };
}

function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
  return { logger: createLogger('info', sink), lines };
}

describe('the process guards', () => {
  it('log an uncaught exception and exit non-zero, once', () => {
    const { proc, exits } = fakeProcess();
    const { logger, lines } = capturedLogger();
    installProcessGuards(proc, logger);
    proc.emit('uncaughtException', new Error('timer threw'));
    proc.emit('uncaughtException', new Error('again'));
    expect(exits).toEqual([CRASH_EXIT_CODE]);
    expect(CRASH_EXIT_CODE).not.toBe(0);
    expect(lines.join('')).toContain('timer threw');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 60, msg: expect.stringContaining('uncaught exception') });
  });

  it('treat an unhandled rejection the same way', () => {
    const { proc, exits } = fakeProcess();
    const { logger, lines } = capturedLogger();
    installProcessGuards(proc, logger);
    proc.emit('unhandledRejection', new Error('nobody awaited'));
    expect(exits).toEqual([CRASH_EXIT_CODE]);
    expect(lines.join('')).toContain('nobody awaited');
  });
});
