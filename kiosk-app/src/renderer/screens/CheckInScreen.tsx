import { useState } from 'react';
import { normalizeBookingCode, type DeviceApi, type LuotError } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { CitizenErrorText } from '../components/CitizenErrorText';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ScanListener } from '../components/ScanListener';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

/** Refusals whose hub wording is for the citizen: when to come back, a normal ticket instead, the ticket already given. */
const HUB_WORDED = new Set(['check_in_too_early', 'check_in_too_late', 'invalid_state', 'not_found']);

interface CheckInScreenProps {
  hallName: string;
  devices: DeviceApi;
  /** Checks the booking in; on success the app moves on to the ticket, so only a refusal comes back. */
  checkIn: (code: string) => Promise<LuotError | null>;
  /** Too late for the booking: take a normal ticket of its service instead. */
  onWalkIn: () => void;
  onBack: () => void;
  onHome: () => void;
}

type Outcome = { kind: 'idle' } | { kind: 'checking' } | { kind: 'bad-code' } | { kind: 'refused'; error: LuotError };

/**
 * "Có lịch hẹn": scan the booking's QR on the citizen's phone (it holds the
 * hub's `/dat-lich/?ma=<code>` address) or type the code. Within the window
 * the hub gives an appointment ticket, printed like any other; too early, it
 * says from when; too late, a normal ticket is offered.
 */
export function CheckInScreen({ hallName, devices, checkIn, onWalkIn, onBack, onHome }: CheckInScreenProps) {
  const { t, pick } = useI18n();
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const run = async (text: string) => {
    if (outcome.kind === 'checking') return;
    const code = normalizeBookingCode(text);
    if (!code) return setOutcome({ kind: 'bad-code' });
    setTyped(code);
    setOutcome({ kind: 'checking' });
    const refused = await checkIn(code);
    if (refused) setOutcome({ kind: 'refused', error: refused });
  };

  return (
    <ScreenFrame
      name="check-in"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <UiIcon name="qr" /> {t('checkIn.title')}
        </>
      }
      footer={
        <div className="form-footer">
          <OnScreenKeyboard value={typed} onChange={setTyped} maxLength={9} extraKeys={['-']} noSpace />
          <BigButton variant="primary" testId="check-in-submit" icon={<UiIcon name="qr" />} label={t('checkIn.submit')} onPress={() => void run(typed)} disabled={typed.trim() === ''} />
        </div>
      }
    >
      <ScanListener devices={devices} onScan={(text) => void run(text)} />
      <div className="scan-prompt">
        <UiIcon name="qr" size="3.4rem" />
        <span>
          <strong>{t('checkIn.scanPrompt')}</strong>
          <span className="muted">{t('checkIn.typeHint')}</span>
        </span>
      </div>
      <div className={`search-box${typed === '' ? ' empty' : ''}`} data-testid="check-in-code">
        <UiIcon name="documents" />
        <span className="search-text">{typed === '' ? t('checkIn.placeholder') : typed.toUpperCase()}</span>
        {typed === '' ? null : <span className="caret" />}
      </div>
      <div aria-live="polite" data-testid="check-in-outcome" data-outcome={outcome.kind === 'refused' ? outcome.error.code : outcome.kind}>
        {outcome.kind === 'checking' ? (
          <p className="notice">
            <span className="spinner small" /> {t('checkIn.checking')}
          </p>
        ) : null}
        {outcome.kind === 'bad-code' ? <p className="notice warning">{t('checkIn.badCode')}</p> : null}
        {outcome.kind === 'refused' ? (
          <p className="notice warning" role="alert">
            {HUB_WORDED.has(outcome.error.code) ? pick(outcome.error.message) : <CitizenErrorText error={outcome.error} />}
          </p>
        ) : null}
        {outcome.kind === 'refused' && outcome.error.code === 'check_in_too_late' ? (
          <BigButton variant="primary" testId="check-in-walk-in" icon={<UiIcon name="ticket" />} label={t('checkIn.walkIn')} onPress={onWalkIn} />
        ) : null}
      </div>
    </ScreenFrame>
  );
}
