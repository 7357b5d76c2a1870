import { KIOSK_GUIDANCE, type TicketPrintJob } from '@luot/protocol/plain';
import { describe, expect, it } from 'vitest';
import type { Route } from '../navigation';
import { guidanceFor, ticketCodeClips } from './screen-guidance';

const job: TicketPrintJob = {
  hallName: { vi: 'Trung tâm', en: 'Centre' },
  serviceName: { vi: 'Đất đai', en: 'Land' },
  code: 'B015',
  priority: 'none',
  issuedAt: 0,
  peopleAhead: 2,
  estimatedWaitMinutes: 10,
  trackUrl: 'http://hub/t/x',
};

describe('spoken guidance per screen', () => {
  it("says each screen's main instruction when it opens", () => {
    const cases: [Route, string][] = [
      [{ name: 'welcome' }, KIOSK_GUIDANCE.welcome.clip],
      [{ name: 'services', department: 'tnmt' }, KIOSK_GUIDANCE.services.clip],
      [{ name: 'service', service: 'dat-dai' }, KIOSK_GUIDANCE.service.clip],
      [{ name: 'search', query: '' }, KIOSK_GUIDANCE.search.clip],
      [{ name: 'priority', service: 'dat-dai' }, KIOSK_GUIDANCE.priority.clip],
      [{ name: 'dossier-form', procedure: '1.115728' }, KIOSK_GUIDANCE.dossierForm.clip],
      [{ name: 'lookup' }, KIOSK_GUIDANCE.lookup.clip],
    ];
    for (const [route, clip] of cases) expect(guidanceFor(route)?.clips, route.name).toEqual([clip]);
  });

  it('says the ticket number sign by sign, then where the ticket is', () => {
    const printed = guidanceFor({ name: 'ticket', ticketId: 't1', job, print: 'printed' });
    expect(printed?.clips).toEqual(['kiosk-your-number', 'letter-b', 'num-0', 'num-1', 'num-5', 'kiosk-take-paper']);
    const onScreen = guidanceFor({ name: 'ticket', ticketId: 't1', job, print: 'failed' });
    expect(onScreen?.clips.at(-1)).toBe('kiosk-see-screen');
    // A print that fails after "printing" is news: a different key, so it is said.
    expect(onScreen?.key).not.toBe(printed?.key);
    expect(guidanceFor({ name: 'ticket', ticketId: 't1', job, print: 'printing' })?.key).toBe(printed?.key);
  });

  it('another department is another screen to say; the same one is not said twice', () => {
    expect(guidanceFor({ name: 'services', department: 'a' })?.key).not.toBe(guidanceFor({ name: 'services', department: 'b' })?.key);
    expect(guidanceFor({ name: 'welcome' })?.key).toBe(guidanceFor({ name: 'welcome' })?.key);
  });

  it('reads Đ and digits with the pack clips, skipping what is no sign', () => {
    expect(ticketCodeClips('Đ-07')).toEqual(['letter-dd', 'num-0', 'num-7']);
  });
});
