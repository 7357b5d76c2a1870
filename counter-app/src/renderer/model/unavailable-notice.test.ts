import { describe, expect, it } from 'vitest';
import type { CounterView } from '@luot/protocol';
import { translate } from '../i18n/i18n';
import { unavailableNotice } from './unavailable-notice';
import { ticket } from './test-tickets';

const counter = (state: CounterView['state']): CounterView => ({
  number: 1,
  name: { vi: 'Quầy 1', en: 'Counter 1' },
  area: 'main',
  services: ['A'],
  state,
  pauseReason: null,
  officer: null,
  currentTicketId: null,
});
const say = (n: ReturnType<typeof unavailableNotice>) => translate('vi', n.key, n.params);

describe('unavailableNotice', () => {
  it('NEXT while a citizen is at the counter names the number to finish first', () => {
    const n = unavailableNotice('callNext', counter('open'), ticket({ code: 'A007', state: 'serving' }));
    expect(say(n)).toBe('Quầy đang có số A007: hãy hoàn thành, chuyển hoặc báo vắng trước khi gọi số mới.');
  });

  it('NEXT on a paused counter says to resume first', () => {
    expect(unavailableNotice('callNext', counter('paused'), null).key).toBe('unavailable.notOpen');
  });

  it('RECALL or NOSHOW with nobody called, or while serving', () => {
    expect(unavailableNotice('recall', counter('open'), null).key).toBe('unavailable.noTicket');
    const serving = ticket({ code: 'A008', state: 'serving', calledAt: 1, servingAt: 2 });
    expect(say(unavailableNotice('noShow', counter('open'), serving))).toContain('A008');
  });

  it('closing with a citizen at the counter', () => {
    expect(unavailableNotice('close', counter('open'), ticket({ state: 'called' })).key).toBe('unavailable.closeBusy');
  });
});
