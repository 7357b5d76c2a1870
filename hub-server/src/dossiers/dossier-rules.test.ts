import { describe, expect, it } from 'vitest';
import { checkTransition } from './dossier-rules';

describe('checkTransition', () => {
  it('lets reception receive, refuse or ask for a supplement of a registered dossier', () => {
    expect(checkTransition('registered', 'received', 'receive', false).ok).toBe(true);
    expect(checkTransition('registered', 'refused', 'refuse', false).ok).toBe(true);
    expect(checkTransition('registered', 'supplement_requested', 'request_supplement', false).ok).toBe(true);
  });

  it('refuses receiving or refusing anything but a registered dossier', () => {
    expect(checkTransition('received', 'received', 'receive', true)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(checkTransition('processing', 'refused', 'refuse', true)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(checkTransition('refused', 'received', 'receive', false)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });

  it('moves a received dossier through processing to result ready, and returns it only from result ready', () => {
    expect(checkTransition('received', 'processing', 'set_status', true).ok).toBe(true);
    expect(checkTransition('processing', 'result_ready', 'set_status', true).ok).toBe(true);
    expect(checkTransition('result_ready', 'returned', 'mark_returned', true).ok).toBe(true);
    expect(checkTransition('processing', 'returned', 'mark_returned', true)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });

  it('keeps statuses that need data behind their own command', () => {
    for (const [to, via] of [['received', 'set_status'], ['refused', 'set_status'], ['returned', 'set_status'], ['supplement_requested', 'set_status']] as const) {
      expect(checkTransition('registered', to, via, false)).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'status' } });
    }
  });

  it('does not let an uncoded dossier sent home for a supplement go on to processing', () => {
    expect(checkTransition('supplement_requested', 'processing', 'set_status', false)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(checkTransition('supplement_requested', 'processing', 'set_status', true).ok).toBe(true);
  });

  it('treats refused, withdrawn, stopped and returned as final', () => {
    for (const from of ['refused', 'withdrawn', 'stopped', 'returned'] as const) {
      expect(checkTransition(from, 'processing', 'set_status', true).ok).toBe(false);
    }
  });
});
