import { useEffect, useState } from 'react';
import { formatPairingCode, PAIRING_TTL_MS, type LuotError, type PairingTicket } from '@luot/protocol/plain';
import { pairDevice } from '@luot/hub-client';
import { TicketQr } from '../components/TicketQr';
import { useI18n } from '../hooks/use-i18n';

/** Where the admin's tablet lands when it scans the code: the console's pairing form, filled in. */
export const pairingLink = (hubUrl: string, code: string): string => `${hubUrl}/admin/?pair=${code}#devices`;

/**
 * A kiosk with no token (issue 17): it shows a short code and its QR, and
 * waits while an admin confirms the code in the console; then it has its
 * token and goes on to the welcome screen by itself.
 */
export function PairingScreen({ hubUrl, onPaired }: { hubUrl: string; onPaired: (token: string) => void }) {
  const { t, language, setLanguage } = useI18n();
  const [ticket, setTicket] = useState<PairingTicket | null>(null);
  const [problem, setProblem] = useState<LuotError | null>(null);
  const [paired, setPaired] = useState(false);
  useEffect(
    () =>
      pairDevice(hubUrl, 'kiosk', {
        onCode: (next) => {
          setTicket(next);
          setProblem(null);
        },
        onPaired: (p) => {
          setPaired(true);
          onPaired(p.token);
        },
        onError: setProblem,
      }),
    [hubUrl, onPaired],
  );
  return (
    <div className="overlay out-of-service pairing" data-testid="pairing-screen">
      <div className="out-of-service-card">
        <h1>{t('pairing.title')}</h1>
        <p className="message-body">{t('pairing.body')}</p>
        {ticket !== null && (
          <>
            <p className="pairing-code" data-testid="pairing-code" data-code={ticket.code}>
              {formatPairingCode(ticket.code)}
            </p>
            <TicketQr url={pairingLink(hubUrl, ticket.code)} size={240} />
            <p className="reconnecting">{t('pairing.expires', { minutes: Math.round(PAIRING_TTL_MS / 60_000) })}</p>
          </>
        )}
        <p className="reconnecting" role="status">
          {paired ? t('pairing.done') : problem !== null ? (language === 'en' ? problem.message.en : problem.message.vi) : t('pairing.waiting')}
        </p>
        <button type="button" className="nav-button lang-button" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
          <span>{t('lang.switch')}</span>
        </button>
      </div>
    </div>
  );
}
