import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** The ticket's QR code (its public status page), drawn locally: no network needed. */
export function TicketQr({ url, size = 320 }: { url: string; size?: number }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: size })
      .then((d) => {
        if (live) setDataUrl(d);
      })
      .catch(() => {
        if (live) setDataUrl(null);
      });
    return () => {
      live = false;
    };
  }, [url, size]);
  return (
    <div className="ticket-qr" data-testid="ticket-qr" data-url={url}>
      {dataUrl ? <img src={dataUrl} width={size} height={size} alt="QR" /> : null}
    </div>
  );
}
