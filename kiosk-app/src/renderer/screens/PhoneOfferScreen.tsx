import { useState } from 'react';
import { phoneSchema } from '@luot/protocol/phone';
import { BigButton } from '../components/BigButton';
import { NumericKeypad } from '../components/NumericKeypad';
import { ScreenFrame } from '../components/ScreenFrame';
import { useI18n } from '../hooks/use-i18n';

interface PhoneOfferScreenProps {
  hallName: string;
  serviceName: string;
  /** The citizen is told when this-th in line (the hall's setting). */
  nearTurnPosition: number;
  /** Takes the number, with the phone (normalised) or without it. */
  onTake: (phone: string | null) => void;
  onBack: () => void;
  onHome: () => void;
}

/** A phone number as it is typed, grouped 4-3-3 so the citizen can check it: 0912 345 678. */
const grouped = (digits: string) => [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)].filter(Boolean).join(' ');

/**
 * "Nhận tin nhắn khi sắp đến lượt?" — optional, one touch to skip: a mobile
 * number on a numeric keypad, and a plain word on why and for how long it is
 * kept. The number never shows anywhere else (not on the ticket, nor a board).
 */
export function PhoneOfferScreen({ hallName, serviceName, nearTurnPosition, onTake, onBack, onHome }: PhoneOfferScreenProps) {
  const { t } = useI18n();
  const [digits, setDigits] = useState('');
  const parsed = phoneSchema.safeParse(digits);
  const valid = digits.length === 10 && parsed.success;
  return (
    <ScreenFrame name="phone-offer" hallName={hallName} onBack={onBack} onHome={onHome} title={t('phone.title')}>
      <p className="screen-subtitle">
        {serviceName} · {t('phone.why', { position: nearTurnPosition })}
      </p>
      <div className="phone-offer">
        <div className="phone-offer-entry">
          <output className="phone-offer-number" data-testid="phone-number" aria-live="polite">
            {digits ? grouped(digits) : t('phone.placeholder')}
          </output>
          {digits.length === 10 && !valid ? <p className="field-error" role="alert">{t('phone.invalid')}</p> : null}
          <p className="phone-offer-privacy">{t('phone.privacy')}</p>
        </div>
        <NumericKeypad value={digits} onChange={setDigits} maxLength={10} />
      </div>
      <div className="phone-offer-actions">
        <BigButton variant="secondary" testId="phone-skip" label={t('phone.skip')} onPress={() => onTake(null)} />
        <BigButton variant="primary" testId="phone-take" label={t('phone.take')} disabled={!valid} onPress={() => parsed.success && onTake(parsed.data)} />
      </div>
    </ScreenFrame>
  );
}
