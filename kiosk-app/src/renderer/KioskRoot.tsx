import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeviceApi } from '@luot/protocol/plain';
import { App } from './App';
import { createKioskHub } from './kiosk-hub';
import type { KioskConfig } from './kiosk-config';
import { PairingScreen } from './screens/PairingScreen';

export interface KioskRootProps {
  config: KioskConfig;
  devices: DeviceApi;
  /** Keeps a token received by pairing for reloads (null: forget it). */
  remember: (token: string | null) => void;
  /** The token was written in the kiosk's URL by whoever set it up: never replaced by pairing. */
  tokenFromUrl: boolean;
}

/**
 * A kiosk with a token runs; one without pairs itself first (issue 17) and
 * then runs with the token it received. A kiosk whose remembered token the
 * hub no longer knows (revoked in the console, a new hub) pairs again.
 */
export function KioskRoot({ config, devices, remember, tokenFromUrl }: KioskRootProps) {
  const [token, setToken] = useState(config.token);
  const hub = useMemo(() => (token === null ? null : createKioskHub(config.hubUrl, token)), [config.hubUrl, token]);
  const onPaired = useCallback(
    (received: string) => {
      remember(received);
      setToken(received);
    },
    [remember],
  );
  useEffect(() => {
    if (hub === null || tokenFromUrl) return;
    return hub.subscribe(() => {
      const { status, refusal } = hub.getState();
      if (status !== 'refused' || refusal?.code !== 'unauthenticated') return;
      remember(null);
      hub.close();
      setToken(null);
    });
  }, [hub, tokenFromUrl, remember]);
  if (hub === null) return <PairingScreen hubUrl={config.hubUrl} onPaired={onPaired} />;
  return <App config={{ ...config, token }} hub={hub} devices={devices} />;
}
