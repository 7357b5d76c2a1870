import { useEffect, useState } from 'react';
import type { HallLive } from '@luot/protocol';
import { liveHalls } from './api';
import { ago, TEXTS, type Lang } from './texts';

/** Every hall now, refreshed every 5 seconds; long waits, faults and a stale link stand out. */
export function LiveTable({ lang }: { lang: Lang }) {
  const [halls, setHalls] = useState<HallLive[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      liveHalls()
        .then((h) => live && (setHalls(h), setFailed(false)))
        .catch(() => live && setFailed(true));
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (failed) return <p role="alert">{TEXTS.failed[lang]}</p>;
  if (!halls) return null;
  const now = Date.now();
  return (
    <table>
      <thead>
        <tr>
          {(['hall', 'openCounters', 'waiting', 'longestWait', 'devicesInFault', 'lastReceived', 'backlog'] as const).map((k) => (
            <th key={k}>{TEXTS[k][lang]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {halls.map((h) => (
          <tr key={h.hall}>
            <td>{h.name}</td>
            <td>{h.openCounters}</td>
            <td>{h.waiting}</td>
            <td className={(h.longestWaitMinutes ?? 0) >= 30 ? 'warn' : ''}>{h.longestWaitMinutes === null ? '—' : `${h.longestWaitMinutes} ${TEXTS.minutes[lang]}`}</td>
            <td className={h.devicesInFault > 0 ? 'warn' : ''}>{h.devicesInFault}</td>
            <td className={h.link.lastReceivedAt === null || now - h.link.lastReceivedAt > 5 * 60_000 ? 'warn' : ''}>{ago(h.link.lastReceivedAt, now, lang)}</td>
            <td>{h.link.backlog}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
