/**
 * The hall's static definition (from the config file) indexed for lookups,
 * and its wire views.
 */
import type { DepartmentView, HallInfo, ProcedureView, ServiceView } from '@luot/protocol';
import type { CounterConfig, HallConfig, ServiceConfig } from './config/hall-config-schema';

export interface HallCatalog {
  config: HallConfig;
  info: HallInfo;
  departments: DepartmentView[];
  services: ServiceView[];
  procedures: ProcedureView[];
  service(code: string): ServiceConfig | undefined;
  counter(number: number): CounterConfig | undefined;
  /** Counters that serve a service. */
  countersServing(service: string): CounterConfig[];
}

export function createHallCatalog(config: HallConfig, publicUrl: string): HallCatalog {
  const services = new Map(config.services.map((s) => [s.code, s]));
  const counters = new Map(config.counters.map((c) => [c.number, c]));
  return {
    config,
    info: {
      name: config.hall.name,
      address: config.hall.address,
      ratingScale: config.queue.ratingScale,
      ratingTimeoutSeconds: config.queue.ratingTimeoutSeconds,
      autoStartServing: config.queue.autoStartServing,
      recallLimit: config.queue.recallLimit,
      publicUrl: config.hall.publicUrl ?? publicUrl,
      kiosk: {
        voice: config.hall.kiosk.voice,
        toneStyle: config.hall.kiosk.toneStyle,
        ...(config.notifications.kioskPhoneOffer ? { phoneOffer: { nearTurnPosition: config.notifications.nearTurnPosition } } : {}),
      },
    },
    departments: config.departments.map((d) => ({ code: d.code, name: d.name, icon: d.icon })),
    services: config.services.map((s) => ({
      code: s.code,
      name: s.name,
      department: s.department,
      prefix: s.prefix,
      numberWidth: s.numberWidth,
      dailyCap: s.dailyCap,
      priorities: s.priorities,
    })),
    procedures: config.procedures.map((p) => ({
      code: p.code,
      name: p.name,
      field: p.field,
      department: p.department,
      service: p.service,
      level: p.level,
      processingTime: p.processingTime,
      processingDays: p.processingDays,
      fee: p.fee,
      documents: p.documents,
      ...(p.onlineLevel ? { onlineLevel: p.onlineLevel } : {}),
      ...(p.keywords?.length ? { keywords: p.keywords } : {}),
    })),
    service: (code) => services.get(code),
    counter: (number) => counters.get(number),
    countersServing: (service) => config.counters.filter((c) => c.services.includes(service)),
  };
}
