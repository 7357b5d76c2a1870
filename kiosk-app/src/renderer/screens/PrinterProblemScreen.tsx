import type { PrinterState } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';
import type { MessageKey } from '../i18n/vi';

const PROBLEM_TEXT: Record<PrinterState, MessageKey> = {
  online: 'printer.error',
  paper_near_end: 'printer.error',
  paper_out: 'printer.paperOut',
  cover_open: 'printer.coverOpen',
  offline: 'printer.offline',
  error: 'printer.error',
};

interface PrinterProblemScreenProps {
  hallName: string;
  state: PrinterState;
  onScreenTicket: () => void;
  onBack: () => void;
  onHome: () => void;
}

/** Said before issuing, so nobody waits for paper that never comes: the number can go on screen and phone instead. */
export function PrinterProblemScreen({ hallName, state, onScreenTicket, onBack, onHome }: PrinterProblemScreenProps) {
  const { t } = useI18n();
  return (
    <ScreenFrame name="printer-problem" hallName={hallName} onBack={onBack} onHome={onHome}>
      <div className="message-panel warning" data-testid="printer-problem" data-printer-state={state}>
        <UiIcon name="printer" size="8rem" />
        <h1>{t(PROBLEM_TEXT[state])}</h1>
        <p className="message-body">{t('printer.offerScreen')}</p>
      </div>
      <div className="take-actions">
        <BigButton variant="primary" testId="take-on-screen" icon={<UiIcon name="phone" />} label={t('printer.takeOnScreen')} onPress={onScreenTicket} />
        <BigButton variant="secondary" icon={<UiIcon name="back" />} label={t('nav.back')} onPress={onBack} />
      </div>
    </ScreenFrame>
  );
}
