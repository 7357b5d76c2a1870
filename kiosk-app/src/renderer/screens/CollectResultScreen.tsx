import { useState } from 'react';
import { DOSSIER_CODE_PATTERN, type DeviceApi, type LuotError } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { CitizenErrorText } from '../components/CitizenErrorText';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ScanListener } from '../components/ScanListener';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { extractDossierCode } from '../dossier/receipt-code';
import { useI18n } from '../hooks/use-i18n';

interface CollectResultScreenProps {
  hallName: string;
  devices: DeviceApi;
  sending: boolean;
  error: { error: LuotError; retryCommandId: string | null } | null;
  onCollect: (trackingCode: string, retryCommandId?: string) => void;
  onClear: () => void;
  onBack: () => void;
  onHome: () => void;
}

/**
 * The hub's refusals of a return ticket are written for the citizen: the
 * status and the due date, "already handed over", the number already taken.
 */
const SAID_AS_IS = new Set<LuotError['code']>(['invalid_state', 'conflict']);

type Problem = 'bad-code' | 'key-missing' | null;

/**
 * "Nhận kết quả": scan the QR of the receipt slip (or type its tracking
 * code) and get a return-results ticket linked to the dossier. A refusal
 * says why on this screen, and another scan tries again.
 */
export function CollectResultScreen({ hallName, devices, sending, error, onCollect, onClear, onBack, onHome }: CollectResultScreenProps) {
  const { t, pick } = useI18n();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Problem>(null);

  const run = (text: string) => {
    onClear();
    const code = extractDossierCode(text);
    if (!code) return setProblem('bad-code');
    if (DOSSIER_CODE_PATTERN.test(code)) return setProblem('key-missing');
    setProblem(null);
    onCollect(code);
  };

  const onScan = (text: string) => {
    const code = extractDossierCode(text);
    if (code) setTyped(code);
    run(text);
  };

  const outcome = sending ? 'sending' : problem ?? (error ? 'refused' : 'idle');
  return (
    <ScreenFrame
      name="collect"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <UiIcon name="documents" /> {t('collect.title')}
        </>
      }
      footer={
        <div className="form-footer">
          <OnScreenKeyboard value={typed} onChange={setTyped} maxLength={50} extraKeys={['.', '-']} noSpace />
          <BigButton
            variant="primary"
            testId="collect-submit"
            icon={<UiIcon name="ticket" />}
            label={t('collect.submit')}
            onPress={() => (error?.retryCommandId ? onCollect(typed.trim().toUpperCase(), error.retryCommandId) : run(typed))}
            disabled={typed.trim() === '' || sending}
          />
        </div>
      }
    >
      <ScanListener devices={devices} onScan={onScan} />
      <div className="scan-prompt">
        <UiIcon name="qr" size="3.4rem" />
        <span>
          <strong>{t('collect.scanPrompt')}</strong>
          <span className="muted">{t('lookup.typeHint')}</span>
        </span>
      </div>
      <div className={`search-box${typed === '' ? ' empty' : ''}`} data-testid="collect-code">
        <UiIcon name="documents" />
        <span className="search-text">{typed === '' ? t('lookup.placeholder') : typed.toUpperCase()}</span>
        {typed === '' ? null : <span className="caret" />}
      </div>
      <div aria-live="polite" data-testid="collect-outcome" data-outcome={outcome}>
        {sending ? (
          <p className="notice">
            <span className="spinner small" /> {t('collect.sending')}
          </p>
        ) : null}
        {problem === 'bad-code' ? <p className="notice warning">{t('lookup.badCode')}</p> : null}
        {problem === 'key-missing' ? <p className="notice warning">{t('lookup.keyMissing')}</p> : null}
        {error && !sending ? (
          <p className="notice warning" role="alert" data-testid="collect-refusal" data-code={error.error.code}>
            {SAID_AS_IS.has(error.error.code) ? pick(error.error.message) : <CitizenErrorText error={error.error} />}
          </p>
        ) : null}
      </div>
    </ScreenFrame>
  );
}
