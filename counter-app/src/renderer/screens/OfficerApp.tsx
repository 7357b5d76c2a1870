import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CounterChoice } from '../components/SignInForm';
import { CounterSession, type Notice } from '../counter-session';
import { fetchPublicHall } from '../staff-http';
import { counterPcCanPair, counterPcDeviceToken } from '../counter-pc';
import { CounterPcPairing } from '../components/CounterPcPairing';
import { useI18n } from '../i18n/i18n-context';
import type { DeviceSource } from '../devices/device-source';
import { rememberedCounter } from '../model/session-storage';
import { SignInForm } from '../components/SignInForm';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { abandonPasswordChange, completePasswordChange, type PasswordChange } from '../first-password';
import { CounterConsole } from './CounterConsole';

/**
 * Counters from the public hall info (`GET /api/v1/hall` lists number, name,
 * area and services); null when an older hub does not, and the form falls
 * back to a number field.
 */
function countersOf(hall: unknown): CounterChoice[] | null {
  const counters = typeof hall === 'object' && hall !== null ? (hall as { counters?: unknown }).counters : undefined;
  if (!Array.isArray(counters)) return null;
  const valid = counters.filter(
    (c): c is CounterChoice =>
      typeof c === 'object' &&
      c !== null &&
      Number.isInteger((c as CounterChoice).number) &&
      typeof (c as CounterChoice).name === 'object',
  );
  return valid.length > 0 ? [...valid].sort((a, b) => a.number - b.number) : null;
}

/** The officer's app: sign in at a counter, then the console. */
export function OfficerApp({ devices }: { devices: DeviceSource }) {
  const { t } = useI18n();
  const session = useMemo(() => new CounterSession({ deviceToken: counterPcDeviceToken(window) }), []);
  const phase = useSyncExternalStore(session.subscribe, session.getPhase);
  const [counters, setCounters] = useState<CounterChoice[] | null>(null);
  const [formNotice, setFormNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<{ change: PasswordChange; username: string; counter: number } | null>(null);
  // The counter shell with no device token offers to pair this PC (issue 17); a plain browser never does.
  const [canPair, setCanPair] = useState(false);
  const [pairing, setPairing] = useState(false);
  useEffect(() => {
    void counterPcCanPair(window).then(setCanPair);
  }, []);
  const savePaired = useCallback((token: string) => window.luotCounterPc?.savePairedToken?.(token) ?? Promise.resolve(false), []);

  useEffect(() => {
    session.resume();
  }, [session]);
  useEffect(() => {
    if (phase.kind !== 'signed-out') return;
    let live = true;
    void fetchPublicHall().then((hall) => {
      if (live) setCounters(countersOf(hall));
    });
    return () => {
      live = false;
    };
  }, [phase.kind]);

  const deviceLabel =
    devices.kind === 'bridge'
      ? t('header.devicesBridge')
      : devices.kind === 'agent'
        ? t('header.devicesAgent')
        : t('header.devicesNone');

  if (phase.kind === 'ready') {
    return (
      <CounterConsole
        session={session}
        counter={phase.counter}
        offline={phase.offline}
        devices={devices.api}
        deviceLabel={deviceLabel}
      />
    );
  }
  if (pending !== null) {
    return (
      <ChangePasswordForm
        onSubmit={async (newPassword) => {
          const changed = await completePasswordChange(pending.change, newPassword);
          if (!changed.ok) return changed.error;
          setPending(null);
          const outcome = await session.signIn(pending.username, newPassword, pending.counter);
          if (outcome !== null && !('kind' in outcome)) setFormNotice({ kind: 'error', error: outcome });
          return null;
        }}
        onCancel={() => {
          void abandonPasswordChange(pending.change);
          setPending(null);
        }}
      />
    );
  }
  if (pairing) return <CounterPcPairing save={savePaired} onCancel={() => setPairing(false)} />;
  const signIn = (
    <SignInForm
      heading={`${t('app.counterTitle')} — ${t('signIn.officerHeading')}`}
      counters={{ list: counters, initial: rememberedCounter() }}
      notice={formNotice ?? (phase.kind === 'signed-out' ? phase.notice : null)}
      onSubmit={async (username, password, counter) => {
        setFormNotice(null);
        const outcome = await session.signIn(username, password, counter ?? 0);
        if (outcome === null) return;
        if ('kind' in outcome) setPending({ change: outcome, username, counter: counter ?? 0 });
        else setFormNotice({ kind: 'error', error: outcome });
      }}
    />
  );
  if (!canPair) return signIn;
  return (
    <>
      {signIn}
      <p className="pc-pair-offer">
        <button type="button" className="link-button" data-action="pair-pc" onClick={() => setPairing(true)}>
          {t('pcPair.offer')}
        </button>
      </p>
    </>
  );
}
