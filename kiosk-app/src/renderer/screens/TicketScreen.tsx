import { PRIORITY_LABELS, type TicketPrintJob } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { ScreenFrame } from '../components/ScreenFrame';
import { TicketQr } from '../components/TicketQr';
import { UiIcon } from '../components/UiIcon';
import { useCountdown } from '../hooks/use-countdown';
import { useI18n } from '../hooks/use-i18n';
import type { PrintState } from '../navigation';

interface TicketScreenProps {
  hallName: string;
  ticketId: string;
  job: TicketPrintJob;
  print: PrintState;
  seconds: number;
  onDone: () => void;
  /** The ticket carries a dossier registered just now: say so. */
  registered?: boolean;
}

/**
 * The number, very large; people ahead and the wait. With paper: "take your
 * ticket". Without: the QR for a phone, and the screen stays up longer.
 */
export function TicketScreen({ hallName, ticketId, job, print, seconds, onDone, registered = false }: TicketScreenProps) {
  const { t, pick } = useI18n();
  const left = useCountdown(seconds, onDone, `${ticketId}-${print}`);
  const onPaper = print === 'printing' || print === 'printed';
  return (
    <ScreenFrame name="ticket" hallName={hallName}>
      <div className={`ticket-panel${onPaper ? '' : ' with-qr'}`} data-testid="ticket" data-ticket-id={ticketId} data-print={print}>
        {registered ? (
          <p className="ticket-registered" data-testid="ticket-registered" role="status">
            <UiIcon name="check" /> {t('dossier.registered')}
          </p>
        ) : null}
        <div className="ticket-main">
          <p className="ticket-service">{pick(job.serviceName)}</p>
          <p className="ticket-label">{t('ticket.yourNumber')}</p>
          <p className="ticket-code" data-testid="ticket-code">
            {job.code}
          </p>
          {job.priority !== 'none' ? (
            <p className="ticket-priority" data-testid="ticket-priority">
              {t('ticket.priority', { label: pick(PRIORITY_LABELS[job.priority]) })}
            </p>
          ) : null}
          <p className="ticket-fact" data-testid="ticket-ahead">
            <UiIcon name="people" /> {job.peopleAhead === 0 ? t('ticket.noneAhead') : t('ticket.peopleAhead', { count: job.peopleAhead })}
          </p>
          <p className="ticket-fact" data-testid="ticket-wait">
            <UiIcon name="clock" />{' '}
            {job.estimatedWaitMinutes === null ? t('ticket.waitUnknown') : t('ticket.wait', { minutes: job.estimatedWaitMinutes })}
          </p>
        </div>
        {onPaper ? (
          <p className="ticket-instruction" data-testid="ticket-instruction">
            <UiIcon name="printer" /> {print === 'printing' ? t('ticket.printing') : t('ticket.takePaper')}
          </p>
        ) : (
          <div className="ticket-qr-block">
            {print === 'failed' ? (
              <p className="notice warning" data-testid="ticket-not-printed" role="alert">
                {t('ticket.notPrinted')}
              </p>
            ) : null}
            <TicketQr url={job.trackUrl} />
            <p className="ticket-instruction">
              <UiIcon name="phone" /> {t('ticket.scanQr')}
            </p>
          </div>
        )}
        <p className="ticket-board">{t('ticket.watchBoard')}</p>
      </div>
      <div className="take-actions">
        <BigButton variant="secondary" testId="ticket-done" icon={<UiIcon name="check" />} label={t('ticket.done')} detail={t('ticket.homeIn', { seconds: left })} onPress={onDone} />
      </div>
    </ScreenFrame>
  );
}
