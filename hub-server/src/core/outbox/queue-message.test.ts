import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { migrate } from '../db/migrate';
import { createFieldCipher } from '../personal-data/field-cipher';
import { OutboxInputError, phonePlace, queueMessage } from './queue-message';

function setup() {
  const db = openDatabase(':memory:');
  migrate(db);
  return { db, personal: createFieldCipher(randomBytes(32)) };
}
const at = { now: 1_000, day: '2026-12-07' };
const ready = { kind: 'result_ready', to: '0912345678', values: { dossier: 'D-1', place: 'quầy 3' }, cause: 'dossier:d1:ready' } as const;

describe('queueing a message in the outbox', () => {
  it('keeps the phone sealed and queues the message once per cause, kind, phone and values', () => {
    const ctx = setup();
    const first = queueMessage(ctx, at, ready);
    expect(first.queued).toBe(true);
    expect(queueMessage(ctx, at, ready).queued).toBe(false);
    expect(queueMessage(ctx, at, { ...ready, to: '0987654321' }).queued).toBe(true);
    expect(queueMessage(ctx, at, { ...ready, values: { dossier: 'D-1', place: 'quầy 4' } }).queued).toBe(true);
    expect(queueMessage(ctx, at, { ...ready, cause: 'dossier:d1:ready-again' }).queued).toBe(true);
    const row = ctx.db.prepare<[string], { phone: string; dedupe_key: string; state: string }>('SELECT phone, dedupe_key, state FROM outbox WHERE id = ?').get(first.id)!;
    expect(row.state).toBe('queued');
    expect(row.phone).not.toContain('0912345678');
    expect(row.dedupe_key).not.toContain('0912345678');
    expect(ctx.personal.open(row.phone, phonePlace(first.id))).toBe('0912345678');
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 4 });
  });

  it('refuses a phone that is not a normalised mobile number and writes nothing', () => {
    const ctx = setup();
    expect(() => queueMessage(ctx, at, { ...ready, to: '+84912345678' })).toThrow(OutboxInputError);
    expect(() => queueMessage(ctx, at, { ...ready, to: '0212345678' })).toThrow(OutboxInputError);
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });

  it('goes with the transaction that causes it: rolled back together', () => {
    const ctx = setup();
    const tx = ctx.db.transaction(() => {
      queueMessage(ctx, at, ready);
      throw new Error('the event failed');
    });
    expect(() => tx()).toThrow('the event failed');
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });
});
