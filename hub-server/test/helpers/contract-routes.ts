/**
 * Which contract file covers which route ("METHOD /path" in openapi.yaml's
 * spelling). Each `openapi-contract-<feature>.test.ts` proves, at its end,
 * that its routes answered with a success and with each 4xx the document
 * gives them; `openapi-contract-routes.test.ts` proves that these lists,
 * together, are exactly the routes the hub registers and the operations the
 * document describes, each in one list. A new route therefore fails until a
 * contract file declares it and answers it every documented way.
 */
export const CONTRACT_ROUTES = {
  public: [
    'GET /healthz',
    'GET /api/v1/hall',
    'GET /api/v1/services',
    'GET /api/v1/procedures',
    'GET /api/v1/openapi.yaml',
    'GET /api/v1/statistics',
  ],
  auth: ['POST /api/v1/auth/login', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout'],
  queue: ['POST /api/v1/tickets', 'GET /api/v1/tickets/{id}'],
  counters: [
    'POST /api/v1/counters/{number}/sign-in',
    'POST /api/v1/counters/{number}/sign-out',
    'POST /api/v1/counters/{number}/call-next',
    'POST /api/v1/counters/{number}/recall',
    'POST /api/v1/counters/{number}/no-show',
    'POST /api/v1/counters/{number}/finish',
  ],
  devices: [
    'POST /api/v1/devices/printer',
    'GET /api/v1/devices',
    'POST /api/v1/devices',
    'GET /api/v1/devices/overview',
    'PATCH /api/v1/devices/{id}',
    'DELETE /api/v1/devices/{id}',
    'POST /api/v1/devices/{id}/token',
    'POST /api/v1/pairing',
    'GET /api/v1/pairing/{pairingId}',
    'POST /api/v1/pairing/claim',
  ],
  staff: ['GET /api/v1/users', 'POST /api/v1/users', 'PATCH /api/v1/users/{username}', 'GET /api/v1/staff-overview'],
  reports: [
    'GET /api/v1/reports/day',
    'GET /api/v1/reports',
    'GET /api/v1/reports.xlsx',
    'GET /api/v1/reports.csv',
    'GET /api/v1/reports.html',
  ],
  backups: ['GET /api/v1/backups'],
  audit: ['GET /api/v1/audit', 'GET /api/v1/audit.csv'],
  notify: ['GET /api/v1/notifications', 'GET /api/v1/notifications/outbox'],
  dossiers: [
    'GET /api/v1/dossiers/lookup',
    'GET /api/v1/dossiers',
    'GET /api/v1/dossiers/{id}',
    'GET /api/v1/dossiers/{id}/receipt',
    'GET /api/v1/dossiers/{id}/receipt.html',
    'GET /api/v1/dossiers/{id}/notice.html',
  ],
  config: [
    'GET /api/v1/config',
    'GET /api/v1/config/revisions',
    'GET /api/v1/config/revisions/{id}',
    'GET /api/v1/config/export.yaml',
    'POST /api/v1/config/changes',
    'POST /api/v1/config/revisions/{id}/rollback',
    'POST /api/v1/config/import',
    'POST /api/v1/config/calendar-import',
    'POST /api/v1/config/procedures-import',
    'DELETE /api/v1/config/pending',
  ],
  appointments: [
    'GET /api/v1/appointments',
    'GET /api/v1/appointments/slots',
    'POST /api/v1/bookings',
    'GET /api/v1/bookings',
    'GET /api/v1/bookings/{code}',
    'POST /api/v1/bookings/{code}/move',
    'POST /api/v1/bookings/{code}/cancel',
    'POST /api/v1/bookings/check-in',
    'GET /api/v1/tickets/{id}/booking',
  ],
} as const satisfies Record<string, readonly string[]>;

export type ContractFeature = keyof typeof CONTRACT_ROUTES;
