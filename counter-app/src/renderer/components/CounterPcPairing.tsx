import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { formatPairingCode, PAIRING_TTL_MS, type LuotError, type PairingTicket } from '@luot/protocol';
import { pairDevice } from '@luot/hub-client';
import { useI18n } from '../i18n/i18n-context';

/**
 * The counter shell with no device token (issue 17): the code and its QR for
 * the admin, then the token handed to the shell to keep; the page reloads so
 * the officer's connection shows it from now on.
 */
export function CounterPcPairing({ save, onCancel }: { save: (token: string) => Promise<boolean>; onCancel: () => void }) {
  const { t, pick } = useI18n();
  const [ticket, setTicket] = useState<PairingTicket | null>(null);
  const [problem, setProblem] = useState<LuotError | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(
    () =>
      pairDevice('', 'counter', {
        onCode: setTicket,
        onError: setProblem,
        onPaired: (p) =>
          void save(p.token).then((kept) => {
            if (kept) window.location.reload();
          }),
      }),
    [save],
  );
  useEffect(() => {
    if (ticket === null) return;
    let live = true;
    QRCode.toDataURL(`${window.location.origin}/admin/?pair=${ticket.code}#devices`, { errorCorrectionLevel: 'M', margin: 2, width: 220 })
      .then((d) => live && setQr(d))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [ticket]);
  return (
    <section className="sign-in-card pc-pairing" data-testid="pairing-screen">
      <h1>{t('pcPair.title')}</h1>
      <p>{t('pcPair.body')}</p>
      {ticket !== null && (
        <>
          <p className="pairing-code" data-testid="pairing-code" data-code={ticket.code}>
            {formatPairingCode(ticket.code)}
          </p>
          {qr !== null && <img src={qr} width={220} height={220} alt="QR" />}
          <p className="muted">{t('pcPair.expires', { minutes: Math.round(PAIRING_TTL_MS / 60_000) })}</p>
        </>
      )}
      {problem !== null && (
        <p className="notice notice-error" role="alert">
          {pick(problem.message)}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        {t('pcPair.cancel')}
      </button>
    </section>
  );
}
