import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-args';

describe('parseCli', () => {
  it('defaults to the demo hall on localhost at ×480, seed 1, 400 citizens', () => {
    const r = parseCli([]);
    expect(r.kind).toBe('run');
    if (r.kind !== 'run') return;
    expect(r.options).toMatchObject({ hubUrl: 'http://localhost:8080', speed: 480, seed: 1, tickets: 400, tokens: ['demo-kiosk-token-1', 'demo-kiosk-token-2'] });
    expect(r.options.officers).toHaveLength(10);
    expect(r.options.officers?.[9]).toEqual({ username: 'canbo10', password: 'luot-demo' });
  });

  it('reads every flag', () => {
    const r = parseCli(['--hub', 'http://10.0.0.2:8080/', '--speed', '60', '--seed', '9', '--tickets', '50', '--officers', 'a,b', '--password', 'p', '--counters', '3,4', '--sessions', '08:00-12:00', '--kiosk-tokens', 'k1', '--json']);
    expect(r).toMatchObject({
      kind: 'run',
      json: true,
      options: { hubUrl: 'http://10.0.0.2:8080', speed: 60, seed: 9, tickets: 50, counters: [3, 4], tokens: ['k1'], sessions: [{ start: '08:00', end: '12:00' }], officers: [{ username: 'a', password: 'p' }, { username: 'b', password: 'p' }] },
    });
  });

  it('names the flag at fault', () => {
    expect(parseCli(['--speed', '0'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--speed') });
    expect(parseCli(['--tickets', '1.5'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--tickets') });
    expect(parseCli(['--sessions', '12:00-08:00'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--sessions') });
    expect(parseCli(['--hub', 'localhost'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--hub') });
    expect(parseCli(['--nope'])).toMatchObject({ kind: 'error' });
    expect(parseCli(['-h'])).toEqual({ kind: 'help' });
  });
});
