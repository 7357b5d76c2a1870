import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { CounterClientToServer, DeviceApi, DeviceEvent, Outcome, PayloadOf, TicketView, TransferCommand } from '@luot/protocol';
import { counterOf, type CounterCommand, type CounterSession, type Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/i18n';
import { useHall } from '../hooks/use-hall';
import { useNow } from '../hooks/use-now';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useDeviceEvents } from '../hooks/use-device-events';
import { useRating } from '../hooks/use-rating';
import { useLiveDayReport } from '../hooks/use-live-day-report';
import { useDossier } from '../hooks/use-dossier';
import { reconcileFigures } from '../model/report-figures';
import { newCommandId } from '@luot/hub-client';
import { availableActions } from '../model/available-actions';
import { unavailableNotice } from '../model/unavailable-notice';
import { computeOfficerFigures } from '../model/officer-figures';
import { sortWaiting, summarizeQueue, waitsForCounter } from '../model/queue-summary';
import { KEYPAD_ACTIONS, type CounterAction } from '../model/shortcuts';
import { ActionBar } from '../components/ActionBar';
import { CallNumberDialog } from '../components/CallNumberDialog';
import { CloseDialog } from '../components/CloseDialog';
import { CounterHeader } from '../components/CounterHeader';
import { CurrentTicketPanel } from '../components/CurrentTicketPanel';
import { DossierPanel } from '../components/DossierPanel';
import { FiguresPanel } from '../components/FiguresPanel';
import { FinishDialog } from '../components/FinishDialog';
import { NoticeLine } from '../components/NoticeLine';
import { PauseDialog } from '../components/PauseDialog';
import { QueuePanel } from '../components/QueuePanel';
import { RatingBar } from '../components/RatingBar';
import { ReactivateDialog } from '../components/ReactivateDialog';
import { ShortcutLegend } from '../components/ShortcutLegend';
import { TransferDialog } from '../components/TransferDialog';

type DialogKind = 'finish' | 'transfer' | 'callNumber' | 'reactivate' | 'pause' | 'close';
type CommandPayload<E extends CounterCommand> = Omit<PayloadOf<CounterClientToServer[E]>, 'commandId'>;

/** The hall's rating timeout until the first snapshot says (hall config default). */
const DEFAULT_RATING_TIMEOUT_S = 30;

interface Props {
  session: CounterSession;
  counter: number;
  offline: boolean;
  devices: DeviceApi | null;
  deviceLabel: string;
}

export function CounterConsole({ session, counter, offline, devices, deviceLabel }: Props) {
  const { t } = useI18n();
  const hall = useHall(session.hall);
  const hubNow = useCallback(() => session.hall.hubNow(), [session]);
  const now = useNow(hubNow, 500);
  const ledgerVersion = useSyncExternalStore(session.subscribe, session.getLedgerVersion);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const info = hall?.hall;
  const scale = info?.ratingScale ?? 3;
  const rating = useRating(
    session,
    devices,
    counter,
    scale,
    (info?.ratingTimeoutSeconds ?? DEFAULT_RATING_TIMEOUT_S) * 1000,
  );

  const view = counterOf(hall, counter);
  const current = useMemo<TicketView | null>(
    () => (view?.currentTicketId ? (hall?.tickets.find((x) => x.id === view.currentTicketId) ?? null) : null),
    [hall, view],
  );
  const services = useMemo(() => view?.services ?? [], [view]);
  const summary = useMemo(
    () => summarizeQueue(hall?.tickets ?? [], counter, services, now),
    [hall, counter, services, now],
  );
  const upcoming = useMemo(
    () => sortWaiting((hall?.tickets ?? []).filter((x) => waitsForCounter(x, counter, services))).slice(0, 8),
    [hall, counter, services],
  );
  const localFigures = useMemo(
    () => computeOfficerFigures(session.ledger.tickets(), counter, hall?.day ?? '', scale),
    // The ledger is mutable; its version says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, ledgerVersion, counter, hall?.day, scale],
  );
  // The hub's figures change when a ticket of this counter is finished and when its rating lands.
  const mine = useCallback((ticket: TicketView) => ticket.counter === counter, [counter]);
  const dayReport = useLiveDayReport(session.token, session.hall, hall?.day ?? null, mine);
  const figures = useMemo(
    () => reconcileFigures(localFigures, dayReport, session.officerId, hall?.day ?? '', scale),
    [localFigures, dayReport, session, hall?.day, scale],
  );
  const available = useMemo(() => availableActions(view, current), [view, current]);
  const dossier = useDossier(session, devices, current);

  const showOnSign = useCallback(
    (text: string) => {
      // The sign is a convenience: a failure must not block the officer.
      void devices?.showOnSign?.(text).catch(() => undefined);
    },
    [devices],
  );

  const exec = useCallback(
    async <E extends CounterCommand>(event: E, payload: CommandPayload<E>) => {
      setBusy(true);
      // One commandId per click: a retry by the socket layer cannot do the action twice.
      const result = await session.command(event, { commandId: newCommandId(), ...payload } as PayloadOf<
        CounterClientToServer[E]
      >);
      setBusy(false);
      setNotice(result.ok ? null : { kind: 'error', error: result.error });
      return result;
    },
    [session],
  );

  const called = useCallback(
    (ticket: TicketView | null) => {
      if (ticket === null) {
        setNotice({ kind: 'text', key: 'notice.noneWaiting' });
        return;
      }
      setNotice({ kind: 'text', key: 'notice.called', params: { code: ticket.code } });
      showOnSign(ticket.code);
    },
    [showOnSign],
  );

  const run = useCallback(
    async (action: CounterAction, from: 'screen' | 'keypad' = 'screen') => {
      // A press while the previous command is in flight is dropped on purpose (one press, one command).
      if (busy || view === null) return;
      if (!available.has(action)) {
        // A key or keypad press that cannot act now says why instead of doing nothing.
        setNotice(unavailableNotice(action, view, current));
        return;
      }
      switch (action) {
        case 'callNext': {
          const r = await exec('counter:call-next', {});
          if (r.ok) called(r.value);
          return;
        }
        case 'recall': {
          const r = await exec('counter:recall', {});
          if (r.ok) showOnSign(r.value.code);
          return;
        }
        case 'startServing':
          await exec('counter:start-serving', {});
          return;
        case 'noShow': {
          const r = await exec('counter:no-show', {});
          if (r.ok) {
            setNotice({ kind: 'text', key: 'notice.noShow', params: { code: r.value.code } });
            showOnSign('');
          }
          return;
        }
        case 'pauseOrResume':
          if (view.state === 'open') {
            // The keypad has no screen to choose from: its PAUSE key means a break.
            if (from === 'keypad')
              await exec('counter:set-state', { state: 'paused', reason: translate('vi', 'pause.break') });
            else setDialog('pause');
          } else if (view.state === 'paused') {
            await exec('counter:set-state', { state: 'open' });
          } else {
            setBusy(true);
            const r = await session.reopen();
            setBusy(false);
            setNotice(r.ok ? null : { kind: 'error', error: r.error });
          }
          return;
        case 'transfer':
          if (from === 'keypad') setNotice({ kind: 'text', key: 'notice.keypadTransfer' });
          setDialog('transfer');
          return;
        default:
          setDialog(
            action === 'finish'
              ? 'finish'
              : action === 'callNumber'
                ? 'callNumber'
                : action === 'reactivate'
                  ? 'reactivate'
                  : 'close',
          );
      }
    },
    [busy, view, current, available, exec, called, showOnSign, session],
  );

  useShortcuts((action) => void run(action), dialog !== null);
  useDeviceEvents(devices, (event: DeviceEvent) => {
    // A serial scanner reading a receipt's QR opens that dossier.
    if (event.type === 'scan' && dialog === null) void dossier.openByCode(event.text);
    if (event.type !== 'keypad' || event.counter !== counter) return;
    if (dialog !== null) return;
    void run(KEYPAD_ACTIONS[event.key], 'keypad');
  });

  const closeDialog = useCallback(() => setDialog(null), []);

  const finish = async (outcome: Outcome) => {
    setDialog(null);
    const r = await exec('counter:finish', { outcome });
    if (r.ok) {
      setNotice({ kind: 'text', key: 'notice.finished', params: { code: r.value.code } });
      showOnSign('');
      rating.ask(r.value.id, r.value.code);
    }
  };
  const transfer = async (target: Omit<TransferCommand, 'commandId'>) => {
    setDialog(null);
    const r = await exec('counter:transfer', target);
    if (r.ok) {
      setNotice({ kind: 'text', key: 'notice.transferred', params: { code: r.value.code } });
      showOnSign('');
    }
  };
  const callNumber = async (code: string) => {
    setDialog(null);
    const r = await exec('counter:call-number', { code });
    if (r.ok) called(r.value);
  };
  const reactivate = async (ticket: TicketView) => {
    setDialog(null);
    const r = await exec('counter:reactivate', { ticketId: ticket.id });
    if (r.ok) setNotice({ kind: 'text', key: 'reactivate.done', params: { code: r.value.code } });
  };
  const pause = async (reason: string) => {
    setDialog(null);
    await exec('counter:set-state', { state: 'paused', reason });
  };
  const close = async () => {
    setDialog(null);
    await exec('counter:set-state', { state: 'closed' });
  };
  const openRatingScreen = () => {
    window.open('./#rating', 'luot-rating', 'popup,width=1024,height=768');
  };

  if (hall === null || view === null) return <p className="loading">{t('common.loading')}</p>;
  const service = current ? (hall.services.find((s) => s.code === current.service) ?? null) : null;

  return (
    <div className="console">
      <CounterHeader
        counter={view}
        officerName={session.officerName}
        offline={offline}
        deviceLabel={deviceLabel}
        onSignOut={() => void rating.abandon().then(() => session.signOut())}
      />
      <main className="console-grid">
        <div className="console-main">
          <CurrentTicketPanel ticket={current} service={service} now={now} recallLimit={hall.hall.recallLimit} token={session.token} />
          <NoticeLine notice={notice} />
          <ActionBar counter={view} available={available} busy={busy} onAction={(a) => void run(a)} />
          <RatingBar
            status={rating.status}
            scale={scale}
            now={Date.now()}
            onSkip={rating.skip}
            onOpenScreen={openRatingScreen}
          />
          <DossierPanel controls={dossier} hasDevices={devices !== null} />
        </div>
        <aside className="console-side">
          <QueuePanel summary={summary} services={hall.services} upcoming={upcoming} />
          <FiguresPanel figures={figures} />
          <ShortcutLegend />
        </aside>
      </main>
      {dialog === 'finish' && current && (
        <FinishDialog code={current.code} onFinish={(o) => void finish(o)} onCancel={closeDialog} />
      )}
      {dialog === 'transfer' && current && (
        <TransferDialog
          code={current.code}
          services={hall.services}
          counters={hall.counters}
          ownCounter={counter}
          onTransfer={(target) => void transfer(target)}
          onCancel={closeDialog}
        />
      )}
      {dialog === 'callNumber' && <CallNumberDialog onCall={(code) => void callNumber(code)} onCancel={closeDialog} />}
      {dialog === 'reactivate' && (
        <ReactivateDialog
          noShows={session.ledger.noShows(hall.day)}
          onReactivate={(ticket) => void reactivate(ticket)}
          onCancel={closeDialog}
        />
      )}
      {dialog === 'pause' && <PauseDialog onPause={(reason) => void pause(reason)} onCancel={closeDialog} />}
      {dialog === 'close' && <CloseDialog onClose={() => void close()} onCancel={closeDialog} />}
    </div>
  );
}
