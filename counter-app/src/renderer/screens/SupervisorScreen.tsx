import { lazy, Suspense, useCallback, useState } from 'react';
import type { AdminClientToServer, CounterState, PayloadOf } from '@luot/protocol';
import type { AdminSession, AdminCommand } from '../admin-session';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/i18n';
import { useHall } from '../hooks/use-hall';
import { useLiveDayReport } from '../hooks/use-live-day-report';
import { useNow } from '../hooks/use-now';
import { useBackupStatus } from '../hooks/use-backup-status';
import { useOutboxToday } from '../hooks/use-outbox-today';
import { newCommandId } from '@luot/hub-client';
import { BackupAlertBanner } from '../components/BackupAlertBanner';
import { BackupPanel } from '../components/BackupPanel';
import { CountersTable } from '../components/CountersTable';
import { DayReportPanel } from '../components/DayReportPanel';
import { BookingsPanel } from '../components/BookingsPanel';
import { AuditLogPanel } from '../components/AuditLogPanel';
import { DevicesPanel } from '../components/DevicesPanel';
import { OutboxPanel } from '../components/OutboxPanel';
import { DossierListPanel } from '../components/DossierListPanel';
import { HallMessagePanel } from '../components/HallMessagePanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MoveTicketsPanel } from '../components/MoveTicketsPanel';
import { NoticeLine } from '../components/NoticeLine';
import { ServicesTable } from '../components/ServicesTable';

// Loaded on the supervisor's screen only: the charting library stays out of the officers' console.
const PeriodReportPanel = lazy(() => import('../components/PeriodReportPanel').then((m) => ({ default: m.PeriodReportPanel })));

/** The whole hall live, and the supervisor's few levers. */
export function SupervisorScreen({ session, offline }: { session: AdminSession; offline: boolean }) {
  const { t, pick } = useI18n();
  const hall = useHall(session.hall);
  const hubNow = useCallback(() => session.hall.hubNow(), [session]);
  const now = useNow(hubNow);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const report = useLiveDayReport(session.token, session.hall, hall?.day ?? null);
  const backups = useBackupStatus(session.token);
  const outbox = useOutboxToday(session.token, hall?.sender?.since ?? null);

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

  if (hall === null) return <p className="loading">{t('common.loading')}</p>;
  const officersOn = hall.counters.filter((c) => c.officer !== null).length;
  const waiting = hall.tickets.filter((x) => x.state === 'waiting').length;

  return (
    <div className="supervisor">
      <header className="app-header">
        <div className="header-title">
          <span className="brand-mark">{t('app.name')}</span>
          <strong>{t('app.supervisorTitle')}</strong>
          <span className="muted">{pick(hall.hall.name)}</span>
        </div>
        <div className="header-tools">
          <span className="stat" data-testid="officers-on">
            {t('sup.officersOn', { count: officersOn })}
          </span>
          <span className="stat">{t('sup.waitingTotal', { count: waiting })}</span>
          <span className="officer-name">{session.userName}</span>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={() => void session.signOut()}>
            {t('header.signOut')}
          </button>
        </div>
        {offline && (
          <p className="offline-banner" role="alert">
            {t('header.offline')}
          </p>
        )}
      </header>
      <BackupAlertBanner status={backups} />
      <NoticeLine notice={notice} />
      <main className="supervisor-grid">
        <CountersTable counters={hall.counters} tickets={hall.tickets} now={now} busy={busy} onSetState={setState} />
        <ServicesTable hall={hall} now={now} />
        <HallMessagePanel
          message={hall.message}
          busy={busy}
          onSend={(message) =>
            void exec(
              'hall:message',
              { message },
              message === null ? undefined : { kind: 'text', key: 'sup.messageSent' },
            )
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
        {session.token !== null && (
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <PeriodReportPanel token={session.token} today={hall.day} />
          </Suspense>
        )}
        {session.token !== null && <BookingsPanel token={session.token} day={hall.day} />}
        <DevicesPanel devices={hall.devices} sender={hall.sender} />
        <OutboxPanel outbox={outbox} />
        <DossierListPanel session={session} />
        <BackupPanel status={backups} />
        {session.role === 'admin' && <AuditLogPanel token={session.token} />}
      </main>
    </div>
  );
}
