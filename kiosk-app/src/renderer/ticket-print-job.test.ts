import { describe, expect, it } from 'vitest';
import type { HallSnapshot, TicketReceipt } from '@luot/protocol/plain';
import { buildTicketPrintJob, trackUrlFor } from './ticket-print-job';

const snapshot = {
  seq: 1,
  day: '2025-03-03',
  at: 0,
  hall: { name: { vi: 'Trung tâm PVHCC tỉnh', en: 'Provincial centre' }, address: 'x', ratingScale: 3, ratingTimeoutSeconds: 30, autoStartServing: false, recallLimit: 3, publicUrl: 'http://10.0.0.2:8080/' },
  departments: [],
  services: [{ code: 'DD', name: { vi: 'Đất đai', en: 'Land' }, department: 'TNMT', prefix: 'B', numberWidth: 3, dailyCap: 200, priorities: [] }],
  loads: [],
  counters: [],
  tickets: [],
  recentCalls: [],
  message: null,
  devices: [],
} satisfies HallSnapshot;

const receipt: TicketReceipt = {
  ticket: {
    id: 't-42', day: '2025-03-03', service: 'DD', number: 7, code: 'B007', priority: 'elderly', source: 'kiosk', state: 'waiting',
    issuedAt: 1_741_000_000_000, queuedAt: 1_741_000_000_000, calledAt: null, servingAt: null, finishedAt: null, counter: null,
    recallCount: 0, targetCounter: null, outcome: null, rating: null, dossierId: null,
  },
  peopleAhead: 4,
  estimatedWaitMinutes: 12,
};

describe('buildTicketPrintJob', () => {
  it('prints the hall’s own ticket wording when its config has one', () => {
    const footer = 'Xin cảm ơn quý khách đã đến Trung tâm';
    expect(buildTicketPrintJob(snapshot, 'http://127.0.0.1:9', receipt).guidance?.vi).toBe('Vui lòng chờ gọi số trên màn hình');
    const job = buildTicketPrintJob({ ...snapshot, hall: { ...snapshot.hall, ticketFooter: footer } }, 'http://127.0.0.1:9', receipt);
    expect(job.guidance).toEqual({ vi: footer, en: '' });
  });

  it('carries the hall’s logo when its config has one', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    expect(buildTicketPrintJob(snapshot, 'http://127.0.0.1:9', receipt)).not.toHaveProperty('logo');
    expect(buildTicketPrintJob({ ...snapshot, hall: { ...snapshot.hall, logo } }, 'http://127.0.0.1:9', receipt).logo).toBe(logo);
  });

  it('carries the hub receipt, the hall and service names and the track URL', () => {
    expect(buildTicketPrintJob(snapshot, 'http://127.0.0.1:9', receipt)).toEqual({
      hallName: { vi: 'Trung tâm PVHCC tỉnh', en: 'Provincial centre' },
      serviceName: { vi: 'Đất đai', en: 'Land' },
      code: 'B007',
      priority: 'elderly',
      issuedAt: 1_741_000_000_000,
      peopleAhead: 4,
      estimatedWaitMinutes: 12,
      trackUrl: 'http://10.0.0.2:8080/t/t-42',
      guidance: { vi: 'Vui lòng chờ gọi số trên màn hình', en: 'Please watch the screen for your number' },
    });
  });

  it('falls back to the hub address without a public URL, and to the code without a snapshot', () => {
    expect(trackUrlFor({ ...snapshot, hall: { ...snapshot.hall, publicUrl: '' } }, 'http://127.0.0.1:9/', 'a b')).toBe('http://127.0.0.1:9/t/a%20b');
    expect(buildTicketPrintJob(null, 'http://h', receipt).serviceName).toEqual({ vi: 'DD', en: 'DD' });
  });
});
