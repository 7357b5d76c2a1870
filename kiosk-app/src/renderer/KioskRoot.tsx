import { useCallback, useMemo, useState } from 'react';
import type { DeviceApi } from '@luot/protocol';
import { App } from './App';
import { createKioskHub } from './kiosk-hub';
import type { KioskConfig } from './kiosk-config';
import { PairingScreen } from './screens/PairingScreen';

/**
 * A kiosk with a token runs; one without pairs itself first (issue 17) and
 * then runs with the token it received, which `remember` keeps for reloads.
 */
export function KioskRoot({ config, devices, remember }: { config: KioskConfig; devices: DeviceApi; remember: (token: string) => void }) {
  const [token, setToken] = useState(config.token);
  const hub = useMemo(() => (token === null ? null : createKioskHub(config.hubUrl, token)), [config.hubUrl, token]);
  const onPaired = useCallback(
    (received: string) => {
      remember(received);
      setToken(received);
    },
    [remember],
  );
  if (hub === null) return <PairingScreen hubUrl={config.hubUrl} onPaired={onPaired} />;
  return <App config={{ ...config, token }} hub={hub} devices={devices} />;
}
