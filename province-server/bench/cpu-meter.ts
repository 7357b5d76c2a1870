/**
 * CPU time (ms) spent by this process and by the PostgreSQL server, read from
 * /proc (Linux): on a machine shared with other work the events per second
 * swing with the load, the CPU each side spends per event much less.
 * PostgreSQL's is its postmaster's own and reaped children's time plus its
 * live backends'; this process's includes children it reaped (psql).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number | 'self'): { ppid: number; own: number; children: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    return { ppid: Number(f[1]), own: (Number(f[11]) + Number(f[12])) * TICK_MS, children: (Number(f[13]) + Number(f[14])) * TICK_MS };
  } catch {
    return null; // a backend that ended between the listing and the read: its time is in its parent's now
  }
}

export function selfCpuMs(): number {
  const s = stat('self')!;
  return s.own + s.children;
}

export function postgresCpuMs(postmaster: number): number {
  let total = 0;
  const root = stat(postmaster);
  if (root) total += root.own + root.children;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s && s.ppid === postmaster) total += s.own;
  }
  return total;
}
