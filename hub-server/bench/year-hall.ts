/**
 * The year database's hall: the bench hall (its kiosks, services, supervisor
 * and all-day hours, so the issue bench runs on it unchanged) with 40
 * counters and two procedures per service, so its year has dossiers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hallConfigSchema, type HallConfig } from '../src/core/config/hall-config-schema';
import { benchHallConfig } from './bench-hall';

export const YEAR_HALL_COUNTERS = 40;

export function yearHallConfig(): HallConfig {
  const base = benchHallConfig({ counters: YEAR_HALL_COUNTERS });
  const procedures = (base.services ?? []).flatMap((s, i) =>
    [0, 1].map((k) => ({
      code: `1.${String(100100 + i * 10 + k)}`,
      name: `Thủ tục ${k + 1} của dịch vụ ${i + 1}`,
      field: `Lĩnh vực ${i + 1}`,
      department: s.department,
      service: s.code,
      level: 'province' as const,
      processingTime: { inPerson: `${3 + ((i + k) % 13)} ngày làm việc` },
      processingDays: 3 + ((i + k) % 13),
      fee: 'Không',
      documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
    })),
  );
  return hallConfigSchema.parse({ ...base, procedures });
}

/** Writes the hall's config file for the hub processes. */
export function writeYearHall(dir: string): string {
  const path = join(dir, 'year-hall.json');
  writeFileSync(path, JSON.stringify(yearHallConfig()));
  return path;
}
