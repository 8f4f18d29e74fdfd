import { useEffect, useState } from 'react';

type QrState = { url: string; src: string } | { url: string; error: string } | null;

/**
 * The join link as a QR code a peer scans with the tablet's camera. The QR library is
 * loaded only when a link is shown, so it is not in the bundle every peer downloads.
 */
export function InviteQrCode({ url, memberName }: { url: string; memberName: string }) {
  const [state, setState] = useState<QrState>(null);
  useEffect(() => {
    let current = true;
    import('qrcode')
      .then((qrcode) => qrcode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => {
        if (current) setState({ url, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch((error: unknown) => {
        if (current) setState({ url, error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
    };
  }, [url]);
  if (!state || state.url !== url) return <p className="muted">Drawing the QR code…</p>;
  if ('error' in state) return <p role="alert">Could not draw the QR code ({state.error}): send the link instead.</p>;
  return <img className="invite-qr" src={state.src} alt={`QR code of the join link for ${memberName}`} />;
}
