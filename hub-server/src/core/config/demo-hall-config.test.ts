import { PROCEDURE_CODE_PATTERN } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { createHallCatalog } from '../hall-catalog';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from './load-hall-config';

describe('the bundled demo hall', () => {
  const config = loadHallConfig(DEMO_HALL_CONFIG_PATH);

  it('has the departments the issue asks for', () => {
    const names = config.departments.map((d) => d.name.vi);
    for (const required of [
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài nguyên và Môi trường',
      'Sở Xây dựng',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Giao thông vận tải',
      'Sở Công Thương',
      'Sở Tài chính',
      'Sở Tư pháp',
    ]) {
      expect(names).toContain(required);
    }
  });

  it('has about ten counters, one of them serving several services, and a return-results service', () => {
    expect(config.counters.length).toBeGreaterThanOrEqual(9);
    expect(config.counters.length).toBeLessThanOrEqual(12);
    expect(config.counters.some((c) => c.services.length > 1)).toBe(true);
    const giveBack = config.services.find((s) => s.name.vi === 'Trả kết quả');
    expect(giveBack).toBeDefined();
    expect(config.counters.some((c) => c.services.includes(giveBack!.code))).toBe(true);
  });

  it('has at least 60 procedures with national codes, spread over the departments', () => {
    expect(config.procedures.length).toBeGreaterThanOrEqual(60);
    for (const p of config.procedures) expect(p.code).toMatch(/^\d\.\d{6}$/);
    for (const p of config.procedures) expect(p.code).toMatch(PROCEDURE_CODE_PATTERN);
    expect(new Set(config.procedures.map((p) => p.department)).size).toBeGreaterThanOrEqual(8);
  });

  it('gives the common procedures the words citizens use, and the catalogue passes them to the kiosk', () => {
    const catalogue = createHallCatalog(config, 'http://hub.test');
    const byCode = new Map(catalogue.procedures.map((p) => [p.code, p]));
    expect(byCode.get('1.115728')?.keywords).toContain('sổ đỏ');
    expect(byCode.get('1.001193')?.keywords).toContain('giấy khai sinh');
    // A procedure without citizen words carries no empty list on the wire.
    expect(catalogue.procedures.some((p) => !('keywords' in p))).toBe(true);
  });

  it('opens 07:30–11:30 and 13:30–17:00 on weekdays and Saturday morning, and knows the holidays', () => {
    expect(config.hours.sessions.map((s) => `${s.start}-${s.end}`)).toEqual(['07:30-11:30', '13:30-17:00']);
    expect(config.hours.saturdaySessions).toEqual(['morning']);
    expect(config.hours.issuingCutOffMinutes).toBe(30);
    expect(config.hours.holidays).toEqual(
      expect.arrayContaining(['2026-02-17', '2026-04-30', '2026-09-02', '2027-01-01']),
    );
  });

  it('interleaves one priority ticket per three regular ones', () => {
    expect(config.queue.priorityRule).toEqual({ kind: 'interleave', every: 3 });
    expect(config.queue.recallLimit).toBe(3);
    expect(config.queue.starvationMinutes).toBe(30);
  });

  it('ships the demo accounts and device tokens', () => {
    expect(config.staff.filter((s) => s.role === 'officer')).toHaveLength(10);
    expect(config.staff.map((s) => s.username)).toEqual(
      expect.arrayContaining(['canbo01', 'canbo10', 'giamsat', 'admin']),
    );
    expect(config.devices.find((d) => d.id === 'kiosk-1')?.token).toBe('demo-kiosk-token-1');
    expect(config.devices.find((d) => d.id === 'display-1')?.role).toBe('display');
  });
});
