/**
 * The demo hall grown to many counters (and an officer for each), for the
 * board's layout tests: a big hall must show every open counter readably.
 */
import type { HallConfig } from '@luot/hub-server';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '@luot/hub-server';
import { DEMO_PASSWORD } from './hall-driver';

export const officerName = (counter: number): string => `canbo${String(counter).padStart(2, '0')}`;

export function largeHallConfig(counters: number): HallConfig {
  const demo = loadHallConfig(DEMO_HALL_CONFIG_PATH);
  const services = demo.services;
  const departments = new Map(demo.departments.map((d) => [d.code, d.name]));
  return {
    ...demo,
    counters: Array.from({ length: counters }, (_, i) => {
      const number = i + 1;
      const service = services[i % services.length]!;
      const department = departments.get(service.department)?.vi.replace(/^Sở /, '') ?? service.name.vi;
      return {
        number,
        area: number <= counters / 2 ? 'Tầng 1' : 'Tầng 2',
        services: [service.code],
        name: { vi: `Quầy ${number} — ${department}`, en: `Counter ${number}` },
      };
    }),
    staff: [
      ...demo.staff.filter((s) => s.role !== 'officer'),
      ...Array.from({ length: counters }, (_, i) => ({ username: officerName(i + 1), name: `Cán bộ ${i + 1}`, role: 'officer' as const, password: DEMO_PASSWORD })),
    ],
  };
}
