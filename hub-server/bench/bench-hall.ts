/**
 * The benchmark's hall: open around the clock (so the bench runs at any real
 * time with the hub's real clock), 20 services, 100 counters with 100
 * officers, 10 kiosks and 100 display boards. Written as a JSON config file
 * the hub process loads like any hall's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hallConfigSchema, type HallConfigInput } from '../src/core/config/hall-config-schema';

export const BENCH_PASSWORD = 'bench-pass-1';
export const SERVICE_COUNT = 20;
export const COUNTER_COUNT = 100;
export const KIOSK_COUNT = 10;
export const DISPLAY_COUNT = 100;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const serviceCode = (i: number): string => `DV${pad(i + 1, 2)}`;
export const officerName = (i: number): string => `canbo${pad(i + 1, 3)}`;
export const kioskToken = (i: number): string => `bench-kiosk-token-${pad(i + 1, 3)}`;
export const displayToken = (i: number): string => `bench-display-token-${pad(i + 1, 3)}`;
export const SERVICES = Array.from({ length: SERVICE_COUNT }, (_, i) => serviceCode(i));

export interface BenchHallOptions {
  /** Counters and officers; the ticket-issue bench needs none but one counter. */
  counters: number;
}

export function benchHallConfig({ counters }: BenchHallOptions): HallConfigInput {
  return {
    hall: { name: { vi: 'Trung tâm Phục vụ hành chính công (đo hiệu năng)', en: 'Public Service Center (benchmark)' }, address: 'Số 1, Đường Đo' },
    hours: { sessions: [{ name: 'all-day', start: '00:00', end: '23:59' }], weekdays: [1, 2, 3, 4, 5, 6, 7], saturdaySessions: [], issuingCutOffMinutes: 0, holidays: [] },
    queue: { priorityRule: { kind: 'strict' }, order: 'preference', starvationMinutes: 30, recallLimit: 2, ratingScale: 3 },
    departments: [
      { code: 'KHDT', name: { vi: 'Sở Kế hoạch và Đầu tư', en: 'Planning and Investment' }, agencyCode: '000.00.06.H56' },
      { code: 'TNMT', name: { vi: 'Sở Tài nguyên và Môi trường', en: 'Natural Resources' }, agencyCode: '000.00.07.H56' },
    ],
    services: SERVICES.map((code, i) => ({
      code,
      name: { vi: `Dịch vụ ${i + 1}`, en: `Service ${i + 1}` },
      department: i % 2 ? 'TNMT' : 'KHDT',
      prefix: String.fromCharCode(65 + i),
      numberWidth: 4,
      dailyCap: 9999,
    })),
    // Each counter serves two services, so every service has ten counters that prefer it.
    counters: Array.from({ length: counters }, (_, i) => ({
      number: i + 1,
      name: { vi: `Quầy ${i + 1}`, en: `Counter ${i + 1}` },
      area: `Tầng ${(i % 4) + 1}`,
      services: [serviceCode(i % SERVICE_COUNT), serviceCode((i + 1) % SERVICE_COUNT)],
    })),
    staff: [
      ...Array.from({ length: counters }, (_, i) => ({ username: officerName(i), name: `Cán bộ ${i + 1}`, role: 'officer' as const, password: BENCH_PASSWORD })),
      { username: 'giamsat', name: 'Giám sát', role: 'supervisor' as const, password: BENCH_PASSWORD },
    ],
    devices: [
      ...Array.from({ length: KIOSK_COUNT }, (_, i) => ({ id: `kiosk-${i + 1}`, name: `Kiosk ${i + 1}`, role: 'kiosk' as const, token: kioskToken(i) })),
      ...Array.from({ length: DISPLAY_COUNT }, (_, i) => ({ id: `display-${i + 1}`, name: `Màn hình ${i + 1}`, role: 'display' as const, token: displayToken(i) })),
    ],
  };
}

/** Validates the config with the hub's own schema and writes it to `dir/hall.json`. */
export function writeBenchHall(dir: string, options: BenchHallOptions): string {
  const config = benchHallConfig(options);
  hallConfigSchema.parse(config);
  const path = join(dir, `hall-${options.counters}.json`);
  writeFileSync(path, JSON.stringify(config));
  return path;
}
