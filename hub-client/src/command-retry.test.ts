import { commandIdSchema } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { newCommandId, sendUntilAnswered, type CommandLink } from './command-retry';

/** A link whose attempts play a script: 'lose' (no ack in time), 'drop' (link dies), or an ack value. */
function scriptedLink(script: Array<'lose' | 'drop' | unknown>, startConnected = true) {
  let connected = startConnected;
  const sent: unknown[] = [];
  const waiters: Array<() => void> = [];
  const link: CommandLink & { reconnect(): void } = {
    isConnected: () => connected,
    waitForConnect: (ms) =>
      new Promise((resolve) => {
        if (connected) return resolve(true);
        const timer = setTimeout(() => resolve(false), ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    emit: async (_event, payload, timeoutMs) => {
      sent.push(payload);
      const step = script.shift();
      if (step === 'lose') {
        await new Promise((r) => setTimeout(r, timeoutMs));
        throw new Error('operation has timed out');
      }
      if (step === 'drop') {
        connected = false;
        setTimeout(() => link.reconnect(), 30);
        throw new Error('socket has been disconnected');
      }
      return step;
    },
    reconnect() {
      connected = true;
      for (const w of waiters.splice(0)) w();
    },
  };
  return { link, sent };
}

const answer = { ok: true, value: { ticket: 'A001' } };

describe('sendUntilAnswered', () => {
  it('resends the same payload after a lost ack and returns the answer', async () => {
    const { link, sent } = scriptedLink(['lose', 'drop', answer]);
    const attempts: number[] = [];
    const payload = { commandId: 'k-same-0001', service: 'A' };
    const result = await sendUntilAnswered(link, 'ticket:issue', payload, { attemptTimeoutMs: 20, deadlineMs: 2000, onAttempt: (n) => attempts.push(n) });
    expect(result).toEqual(answer);
    expect(sent).toEqual([payload, payload, payload]);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('waits for the link before sending, and says so', async () => {
    const { link, sent } = scriptedLink([answer], false);
    const waiting: boolean[] = [];
    setTimeout(() => link.reconnect(), 30);
    const result = await sendUntilAnswered(link, 'x', { commandId: 'c-1234567' }, { onWaiting: (w) => waiting.push(w) });
    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(waiting).toEqual([true, false]);
  });

  it('resolves with hub_unreachable when the deadline passes, never throws', async () => {
    const { link } = scriptedLink(['lose', 'lose', 'lose', 'lose', 'lose']);
    const result = await sendUntilAnswered(link, 'x', {}, { attemptTimeoutMs: 20, deadlineMs: 70 });
    expect(result).toMatchObject({ ok: false, error: { code: 'hub_unreachable' } });
  });

  it('resolves with hub_unreachable when the link never comes back', async () => {
    const { link, sent } = scriptedLink([], false);
    const result = await sendUntilAnswered(link, 'x', {}, { deadlineMs: 40 });
    expect(result).toMatchObject({ ok: false, error: { code: 'hub_unreachable' } });
    expect(sent).toHaveLength(0);
  });

  it('passes a refusal through as it came (not retried: the hub answered)', async () => {
    const refusal = { ok: false, error: { code: 'daily_cap_reached', message: { vi: 'x', en: 'x' } } };
    const { link, sent } = scriptedLink([refusal, answer]);
    expect(await sendUntilAnswered(link, 'x', {})).toEqual(refusal);
    expect(sent).toHaveLength(1);
  });

  it('turns an ack that is not a Result into an internal error', async () => {
    const { link } = scriptedLink(['nonsense']);
    expect(await sendUntilAnswered(link, 'x', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('newCommandId', () => {
  it('makes ids the hub accepts, with their prefix', () => {
    for (const prefix of ['c', 'k', 'signin', 'dossier', 'sup', 'sim_run1']) {
      const id = newCommandId(prefix);
      expect(commandIdSchema.safeParse(id).success).toBe(true);
      expect(id.startsWith(`${prefix}-`)).toBe(true);
    }
  });

  it('is different each time, even with the same prefix at the same moment', () => {
    const first = newCommandId('c', 0);
    const second = newCommandId('c', 0);
    expect(first.startsWith('c-0-')).toBe(true);
    expect(second).not.toBe(first);
  });

  it('puts the time in the id so one device’s ids sort by time in the logs', () => {
    expect(newCommandId('t', 0).split('-')[1]).toBe('0');
    expect(newCommandId('t', 36 ** 3).split('-')[1]).toBe('1000');
  });

  it('refuses a prefix that would make an id the hub refuses', () => {
    expect(() => newCommandId('a-b')).toThrow();
    expect(() => newCommandId('')).toThrow();
    expect(() => newCommandId('x'.repeat(17))).toThrow();
  });
});
