import { describe, expect, it } from 'vitest';
import type { BackupStatus } from '@luot/protocol';
import { backupAlert, formatBytes } from './backup-alert';

const HOUR = 60 * 60 * 1000;
const status = (over: Partial<BackupStatus>): BackupStatus => ({
  backups: [],
  lastGoodAt: null,
  lastGoodAgeMs: null,
  stale: false,
  lastFailure: null,
  schedule: { nightlyAt: '02:00', onShutdown: true, keep: 14, secondPlace: false },
  ...over,
});

describe('backupAlert', () => {
  it('is silent while the hub says backups are fresh, or before it answered', () => {
    expect(backupAlert(null)).toBeNull();
    expect(backupAlert(status({ lastGoodAt: 1, lastGoodAgeMs: 3 * HOUR }))).toBeNull();
  });

  it('says how old the last good backup is, in hours then days', () => {
    expect(backupAlert(status({ stale: true, lastGoodAt: 1, lastGoodAgeMs: 26 * HOUR }))).toEqual({ key: 'sup.backupStaleHours', params: { hours: 26 } });
    expect(backupAlert(status({ stale: true, lastGoodAt: 1, lastGoodAgeMs: 75 * HOUR }))).toEqual({ key: 'sup.backupStaleDays', params: { days: 3 } });
  });

  it('says there was never one', () => {
    expect(backupAlert(status({ stale: true }))).toEqual({ key: 'sup.backupNone' });
  });
});

describe('formatBytes', () => {
  it('reads in KB below a megabyte, MB with a decimal comma above', () => {
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(200 * 1024)).toBe('200 KB');
    expect(formatBytes(13_107_200)).toBe('12,5 MB');
  });
});
