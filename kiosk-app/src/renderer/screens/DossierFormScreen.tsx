import { useEffect, useRef, useState } from 'react';
import { parseIdCardQr, SEX_LABELS, type DeviceApi, type LuotError, type ProcedureView, type Sex } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { ChoiceButtons } from '../components/ChoiceButtons';
import { FormField } from '../components/FormField';
import { NumericKeypad } from '../components/NumericKeypad';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ScanListener } from '../components/ScanListener';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import {
  checkDossierForm,
  FIELD_MAX_LENGTH,
  fillFromIdCard,
  formatBirthDigits,
  formatPhone,
  scanFailureReason,
  type DossierField,
  type DossierForm,
  type ReturnMethodChoice,
} from '../dossier/dossier-form';
import { SCAN_WARNING_KEYS, scanFailureKey } from '../citizen/citizen-messages';
import { logDetail } from '../citizen/kiosk-log';
import { useI18n } from '../hooks/use-i18n';
import { typeKey } from '../keyboard/text-entry';
import { useKioskSettings } from '../settings/kiosk-settings';

interface DossierFormScreenProps {
  hallName: string;
  procedure: ProcedureView;
  form: DossierForm;
  onChange: (form: DossierForm) => void;
  devices: DeviceApi;
  now: () => number;
  onContinue: () => void;
  onBack: () => void;
  onHome: () => void;
}

type TextField = Exclude<DossierField, 'sex'>;
const NUMERIC: ReadonlySet<DossierField> = new Set(['idNumber', 'birthDigits', 'phone']);
/** Where the keyboard goes when a number is complete. */
const AFTER_FULL: Partial<Record<DossierField, DossierField>> = { idNumber: 'name', birthDigits: 'sex' };
const ADDRESS_KEYS = [',', '/', '-', '.'] as const;

/**
 * "Nộp hồ sơ": who submits. A scan of the ID card's QR fills the form (the
 * citizen checks the fields and the parser's warnings); otherwise each box is
 * typed: Telex letters for names and addresses, a keypad for numbers. A bad
 * scan says why and leaves what was typed alone.
 */
export function DossierFormScreen({ hallName, procedure, form, onChange, devices, now, onContinue, onBack, onHome }: DossierFormScreenProps) {
  const { t, pick } = useI18n();
  const { toneStyle } = useKioskSettings();
  const [active, setActive] = useState<DossierField>(form.idNumber === '' ? 'idNumber' : 'phone');
  const [scanError, setScanError] = useState<LuotError | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const fields = useRef<HTMLDivElement>(null);
  // The keyboard covers the lower part of the form: keep the box being typed in view.
  useEffect(() => {
    fields.current?.querySelector(`[data-testid="field-${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const check = checkDossierForm(form, now());
  const errors = showErrors && !check.ok ? check.errors : {};
  const errorOf = (f: DossierField) => (errors[f] ? t(errors[f]) : null);

  const onScan = (text: string) => {
    const card = parseIdCardQr(text, { now: now() });
    if (!card.ok) {
      // The parser's reason is for the technician; the citizen reads what to do.
      logDetail('ID card QR refused', { field: card.error.field ?? null, reason: scanFailureReason(card.error.message.vi) });
      setScanError(card.error);
      return;
    }
    if (card.value.warnings.length > 0) logDetail('ID card QR read with warnings', card.value.warnings.map((w) => w.message.vi));
    setScanError(null);
    const next = fillFromIdCard(form, card.value);
    onChange(next);
    setActive(next.address === '' ? 'address' : 'phone');
  };

  const setText = (field: TextField, value: string) => {
    onChange({ ...form, [field]: value });
    const after = AFTER_FULL[field];
    if (after && value.length === FIELD_MAX_LENGTH[field]) setActive(after);
  };

  const onContinuePress = () => {
    if (check.ok) return onContinue();
    setShowErrors(true);
    const first = (['idNumber', 'name', 'birthDigits', 'sex', 'address', 'phone', 'postalAddress'] as const).find((f) => check.errors[f]);
    if (first) setActive(first);
  };

  const keyboard = (() => {
    if (active === 'sex') return null;
    const max = FIELD_MAX_LENGTH[active];
    if (NUMERIC.has(active)) return <NumericKeypad value={form[active]} onChange={(v) => setText(active, v)} maxLength={max} />;
    return (
      <>
        <p className="keyboard-hint">{t('dossier.telexHint')}</p>
        <OnScreenKeyboard
          value={form[active]}
          onChange={(v) => setText(active, v)}
          compose={(v, key) => typeKey(v, key, { telex: true, capitalize: 'words', maxLength: max, toneStyle })}
          extraKeys={active === 'name' ? [] : ADDRESS_KEYS}
        />
      </>
    );
  })();

  const field = (f: TextField, label: string, shown: string) => (
    <FormField
      label={label}
      value={shown}
      placeholder={t('dossier.touchToType')}
      active={active === f}
      error={errorOf(f)}
      onPress={() => setActive(f)}
      testId={`field-${f}`}
    />
  );

  return (
    <ScreenFrame
      name="dossier-form"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <UiIcon name="idCard" /> {t('dossier.formTitle')}
        </>
      }
      footer={
        <div className="form-footer">
          <div className="form-keys" data-testid="form-keys" data-keyboard={active === 'sex' ? 'none' : NUMERIC.has(active) ? 'numeric' : 'telex'}>
            {keyboard}
          </div>
          <BigButton variant="primary" testId="form-continue" icon={<UiIcon name="check" />} label={t('dossier.continue')} onPress={onContinuePress} />
        </div>
      }
    >
      <ScanListener devices={devices} onScan={onScan} />
      <p className="screen-subtitle form-procedure">{procedure.name}</p>
      {scanError ? (
        <p className="notice warning scan-status" data-testid="scan-error" role="alert">
          <UiIcon name="warning" /> {t(scanFailureKey(scanError))}
        </p>
      ) : form.scan ? (
        <div className="scan-status scan-ok" data-testid="scan-ok" role="status">
          <p>
            <UiIcon name="check" /> {t('dossier.scanRead')}
          </p>
          {form.scan.warnings.map((w) => (
            <p key={w.code} className="notice warning" data-testid={`scan-warning-${w.code}`}>
              {t(SCAN_WARNING_KEYS[w.code])}
            </p>
          ))}
        </div>
      ) : (
        <div className="scan-prompt" data-testid="scan-prompt">
          <UiIcon name="qr" size="3.4rem" />
          <span>
            <strong>{t('dossier.scanPrompt')}</strong>
            <span className="muted">{t('dossier.scanHint')}</span>
          </span>
        </div>
      )}
      {showErrors && !check.ok ? <p className="form-summary">{t('dossier.fixErrors')}</p> : null}
      <div className="form-fields" ref={fields}>
        {field('idNumber', t('dossier.field.idNumber'), form.idNumber)}
        {field('name', t('dossier.field.name'), form.name)}
        {field('birthDigits', t('dossier.field.birthDate'), formatBirthDigits(form.birthDigits))}
        <FormField label={t('dossier.field.sex')} value="" placeholder="" active={active === 'sex'} error={errorOf('sex')} onPress={() => setActive('sex')} testId="field-sex">
          <ChoiceButtons<Sex>
            testId="sex"
            choices={[
              { value: 'male', label: pick(SEX_LABELS.male) },
              { value: 'female', label: pick(SEX_LABELS.female) },
            ]}
            selected={form.sex}
            onSelect={(sex) => {
              onChange({ ...form, sex });
              setActive(form.address === '' ? 'address' : 'phone');
            }}
          />
        </FormField>
        {field('address', t('dossier.field.address'), form.address)}
        {field('phone', t('dossier.field.phone'), formatPhone(form.phone))}
        <FormField label={t('dossier.field.returnMethod')} value="" placeholder="" active={false} onPress={() => undefined} testId="field-return">
          <ChoiceButtons<ReturnMethodChoice>
            testId="return"
            choices={[
              { value: 'counter', label: t('dossier.return.counter'), icon: <UiIcon name="desk" /> },
              { value: 'post', label: t('dossier.return.post'), icon: <UiIcon name="envelope" /> },
            ]}
            selected={form.returnMethod}
            onSelect={(returnMethod) => {
              onChange({ ...form, returnMethod });
              if (returnMethod === 'post') setActive('postalAddress');
            }}
          />
        </FormField>
        {form.returnMethod === 'post' ? (
          <>
            {field('postalAddress', t('dossier.field.postalAddress'), form.postalAddress)}
            {form.address !== '' && form.postalAddress === '' ? (
              <button type="button" className="link-button" data-testid="use-address" onClick={() => onChange({ ...form, postalAddress: form.address })}>
                {t('dossier.useAddress')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </ScreenFrame>
  );
}
