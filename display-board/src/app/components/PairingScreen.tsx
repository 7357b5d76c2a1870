import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { formatPairingCode, PAIRING_TTL_MS, type LuotError, type PairingStatus, type PairingTicket } from '@luot/protocol/plain';
import { pairDevice } from '@luot/hub-client';

type Paired = Extract<PairingStatus, { state: 'paired' }>;

/**
 * A board with no token (issue 17): a code large enough to read across the
 * hall, and its QR for the admin's tablet; once the admin confirms it, the
 * board has its token and starts by itself. Vietnamese, English below.
 */
export function PairingScreen({ hubUrl, onPaired }: { hubUrl: string; onPaired: (paired: Paired) => void }) {
  const [ticket, setTicket] = useState<PairingTicket | null>(null);
  const [problem, setProblem] = useState<LuotError | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => pairDevice(hubUrl, 'display', { onCode: setTicket, onPaired, onError: setProblem }), [hubUrl, onPaired]);
  useEffect(() => {
    if (ticket === null) return;
    let live = true;
    const link = `${hubUrl === '' ? window.location.origin : hubUrl}/admin/?pair=${ticket.code}#devices`;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 320 })
      .then((d) => live && setQr(d))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [hubUrl, ticket]);
  const minutes = Math.round(PAIRING_TTL_MS / 60_000);
  return (
    <div className="pairing-board" data-testid="pairing-screen">
      <h1>Ghép nối màn hình hiển thị</h1>
      <p className="pairing-en">Pair this display board</p>
      <p>Quản trị viên mở Quản trị → Thiết bị → Ghép nối và nhập mã này (hoặc quét mã QR).</p>
      <p className="pairing-en">An admin opens Admin → Devices → Pair and types this code (or scans the QR code).</p>
      {ticket !== null && (
        <>
          <p className="pairing-code" data-testid="pairing-code" data-code={ticket.code}>
            {formatPairingCode(ticket.code)}
          </p>
          {qr !== null && <img src={qr} width={320} height={320} alt="QR" />}
          <p className="pairing-en">
            Mã dùng một lần, có hiệu lực {minutes} phút · One use, valid for {minutes} minutes
          </p>
        </>
      )}
      {problem !== null && (
        <p className="pairing-problem" role="alert">
          {problem.message.vi} · {problem.message.en}
        </p>
      )}
    </div>
  );
}
