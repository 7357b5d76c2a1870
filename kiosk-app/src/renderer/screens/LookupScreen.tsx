import { useRef, useState } from 'react';
import { DOSSIER_CODE_PATTERN, type DeviceApi, type LuotError, type PublicDossierStatus, type Result } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ScanListener } from '../components/ScanListener';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { formatAppointmentDay } from '../dossier/appointment-day';
import { extractDossierCode } from '../dossier/receipt-code';
import { CitizenErrorText } from '../components/CitizenErrorText';
import { useI18n } from '../hooks/use-i18n';

interface LookupScreenProps {
  hallName: string;
  devices: DeviceApi;
  lookup: (code: string) => Promise<Result<PublicDossierStatus>>;
  onBack: () => void;
  onHome: () => void;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; status: PublicDossierStatus }
  | { kind: 'bad-code' }
  /** A plain dossier code: the hub's lookup needs the tracking code's check key too (printed by the QR). */
  | { kind: 'key-missing' }
  | { kind: 'not-found'; code: string }
  | { kind: 'error'; error: LuotError };

/**
 * "Tra cứu hồ sơ": scan the QR of the receipt slip (it holds the hub's
 * `/d/<code>` address) or type the code. Shows what the public may see: the
 * status, the appointment day and the masked name — nothing personal.
 */
export function LookupScreen({ hallName, devices, lookup, onBack, onHome }: LookupScreenProps) {
  const { t, pick, language } = useI18n();
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const latest = useRef(0);

  const run = async (text: string) => {
    const code = extractDossierCode(text);
    if (!code) return setOutcome({ kind: 'bad-code' });
    if (DOSSIER_CODE_PATTERN.test(code)) return setOutcome({ kind: 'key-missing' });
    const mine = ++latest.current;
    setOutcome({ kind: 'searching' });
    const result = await lookup(code);
    if (mine !== latest.current) return; // a newer scan or tap won
    if (result.ok) setOutcome({ kind: 'found', status: result.value });
    else if (result.error.code === 'not_found') setOutcome({ kind: 'not-found', code });
    else setOutcome({ kind: 'error', error: result.error });
  };

  const onScan = (text: string) => {
    const code = extractDossierCode(text);
    if (code) setTyped(code);
    void run(text);
  };

  return (
    <ScreenFrame
      name="lookup"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <UiIcon name="search" /> {t('lookup.title')}
        </>
      }
      footer={
        outcome.kind === 'found' ? (
          // The result needs the whole screen; another code brings the keyboard back.
          <BigButton
            variant="secondary"
            testId="lookup-again"
            icon={<UiIcon name="search" />}
            label={t('lookup.again')}
            onPress={() => {
              setTyped('');
              setOutcome({ kind: 'idle' });
            }}
          />
        ) : (
          <div className="form-footer">
            <OnScreenKeyboard value={typed} onChange={setTyped} maxLength={50} extraKeys={['.', '-']} noSpace />
            <BigButton variant="primary" testId="lookup-submit" icon={<UiIcon name="search" />} label={t('lookup.search')} onPress={() => void run(typed)} disabled={typed.trim() === ''} />
          </div>
        )
      }
    >
      <ScanListener devices={devices} onScan={onScan} />
      <div className="scan-prompt">
        <UiIcon name="qr" size="3.4rem" />
        <span>
          <strong>{t('lookup.scanPrompt')}</strong>
          <span className="muted">{t('lookup.typeHint')}</span>
        </span>
      </div>
      <div className={`search-box${typed === '' ? ' empty' : ''}`} data-testid="lookup-code">
        <UiIcon name="documents" />
        <span className="search-text">{typed === '' ? t('lookup.placeholder') : typed.toUpperCase()}</span>
        {typed === '' ? null : <span className="caret" />}
      </div>
      <div aria-live="polite" data-testid="lookup-outcome" data-outcome={outcome.kind}>
        {outcome.kind === 'searching' ? (
          <p className="notice">
            <span className="spinner small" /> {t('lookup.searching')}
          </p>
        ) : null}
        {outcome.kind === 'bad-code' ? <p className="notice warning">{t('lookup.badCode')}</p> : null}
        {outcome.kind === 'key-missing' ? <p className="notice warning">{t('lookup.keyMissing')}</p> : null}
        {outcome.kind === 'not-found' ? <p className="notice warning">{t('lookup.notFound', { code: outcome.code })}</p> : null}
        {outcome.kind === 'error' ? (
          <p className="notice warning" role="alert">
            <CitizenErrorText error={outcome.error} />
          </p>
        ) : null}
        {outcome.kind === 'found' ? (
          <div className="lookup-result" data-testid="lookup-result">
            <p className="lookup-status" data-testid="lookup-status" data-status={outcome.status.status}>
              {pick(outcome.status.statusLabel)}
            </p>
            <p className="lookup-procedure">{outcome.status.procedureName}</p>
            <dl className="summary">
              <div className="summary-row">
                <dt>{t('lookup.code')}</dt>
                <dd>{outcome.status.code}</dd>
              </div>
              <div className="summary-row">
                <dt>{t('lookup.appointment')}</dt>
                <dd data-testid="lookup-appointment">
                  {outcome.status.appointmentAt === null ? t('lookup.noAppointment') : formatAppointmentDay(outcome.status.appointmentAt, language)}
                </dd>
              </div>
              <div className="summary-row">
                <dt>{t('lookup.applicant')}</dt>
                <dd data-testid="lookup-name">{outcome.status.maskedName}</dd>
              </div>
              {outcome.status.collect ? (
                <div className="summary-row">
                  <dt>{t('lookup.readyAt')}</dt>
                  <dd data-testid="lookup-collect">{outcome.status.collect.place}</dd>
                </div>
              ) : null}
              {outcome.status.returnedAt !== undefined ? (
                <div className="summary-row">
                  <dt>{t('lookup.returnedAt')}</dt>
                  <dd data-testid="lookup-returned">{formatAppointmentDay(outcome.status.returnedAt, language)}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        ) : null}
      </div>
    </ScreenFrame>
  );
}
