/**
 * The catalog as the reports look things up: services, procedures and
 * department names by code, indexed again whenever a config change swaps the
 * catalog's config (issue 17), so a service added today has its name and
 * department in today's report.
 */
import type { HallContext } from '../core/hall-context';

type Catalog = HallContext['catalog'];
type ServiceConfig = Catalog['config']['services'][number];
type ProcedureConfig = Catalog['config']['procedures'][number];

export function createCatalogIndex(catalog: Catalog) {
  let indexed: { for: unknown; services: Map<string, ServiceConfig>; procedures: Map<string, ProcedureConfig>; departments: Map<string, string> } | null = null;
  const index = () => {
    if (indexed?.for !== catalog.config) {
      const c = catalog.config;
      indexed = {
        for: c,
        services: new Map(c.services.map((s) => [s.code, s])),
        procedures: new Map(c.procedures.map((p) => [p.code, p])),
        departments: new Map(c.departments.map((d) => [d.code, d.name.vi])),
      };
    }
    return indexed;
  };
  return {
    service: (code: string): ServiceConfig | undefined => index().services.get(code),
    procedure: (code: string): ProcedureConfig | undefined => index().procedures.get(code),
    departmentName: (code: string): string | undefined => index().departments.get(code),
  };
}
