import { useCallback, useState } from 'react';
import type { AdminClientToServer, CounterState, PayloadOf } from '@luot/protocol';
import { newCommandId } from '@luot/hub-client';
import type { AdminCommand } from '../admin-session';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/i18n';
import { useLiveDayReport } from '../hooks/use-live-day-report';
import { useNow } from '../hooks/use-now';
import { useBackupStatus } from '../hooks/use-backup-status';
import { useOutboxToday } from '../hooks/use-outbox-today';
import { BackupPanel } from '../components/BackupPanel';
import { CountersTable } from '../components/CountersTable';
import { DayReportPanel } from '../components/DayReportPanel';
import { BookingsPanel } from '../components/BookingsPanel';
import { DevicesPanel } from '../components/DevicesPanel';
import { OutboxPanel } from '../components/OutboxPanel';
import { DossierListPanel } from '../components/DossierListPanel';
import { ReturnsPanel } from '../components/ReturnsPanel';
import { HallMessagePanel } from '../components/HallMessagePanel';
import { MoveTicketsPanel } from '../components/MoveTicketsPanel';
import { NoticeLine } from '../components/NoticeLine';
import { ServicesTable } from '../components/ServicesTable';
import type { SectionProps } from './section-props';

/** "Sảnh hôm nay": the whole hall live, and the supervisor's few levers. */
export function TodaySection({ session, hall }: SectionProps) {
  const { t } = useI18n();
  const hubNow = useCallback(() => session.hall.hubNow(), [session]);
  const now = useNow(hubNow);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const report = useLiveDayReport(session.token, session.hall, hall.day);
  const backups = useBackupStatus(session.token);
  const outbox = useOutboxToday(session.token, hall.sender?.since ?? null);

  const exec = async <E extends AdminCommand>(
    event: E,
    payload: Omit<PayloadOf<AdminClientToServer[E]>, 'commandId'>,
    done?: Notice,
  ) => {
    setBusy(true);
    const result = await session.command(event, { commandId: newCommandId('sup'), ...payload } as PayloadOf<
      AdminClientToServer[E]
    >);
    setBusy(false);
    setNotice(result.ok ? (done ?? null) : { kind: 'error', error: result.error });
  };
  const setState = (counter: number, state: CounterState) =>
    void exec(
      'counter:set-state',
      // The reason is shown as is on the boards and consoles: always in Vietnamese.
      state === 'paused' ? { counter, state, reason: translate('vi', 'sup.pauseReason') } : { counter, state },
    );

  return (
    <>
      <NoticeLine notice={notice} />
      <main className="supervisor-grid" aria-label={t('nav.today')}>
        <CountersTable counters={hall.counters} tickets={hall.tickets} now={now} busy={busy} onSetState={setState} />
        <ServicesTable hall={hall} now={now} />
        <HallMessagePanel
          message={hall.message}
          busy={busy}
          onSend={(message) =>
            void exec('hall:message', { message }, message === null ? undefined : { kind: 'text', key: 'sup.messageSent' })
          }
        />
        <MoveTicketsPanel
          services={hall.services}
          tickets={hall.tickets}
          busy={busy}
          onMove={(ticketIds, toService) =>
            void exec(
              'ticket:move',
              { ticketIds, toService },
              { kind: 'text', key: 'sup.moveDone', params: { count: ticketIds.length } },
            )
          }
        />
        <DayReportPanel report={report} hall={hall} />
        {session.token !== null && <BookingsPanel token={session.token} day={hall.day} />}
        <DevicesPanel devices={hall.devices} sender={hall.sender} />
        <OutboxPanel outbox={outbox} />
        <DossierListPanel session={session} />
        <ReturnsPanel session={session} />
        <BackupPanel status={backups} />
      </main>
    </>
  );
}
