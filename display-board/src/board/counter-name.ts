/**
 * Counter names are "Quầy 1 — Kế hoạch và Đầu tư": the board shows
 * "Quầy 1" large and the rest small.
 */
export function splitCounterName(number: number, name: string): { title: string; detail: string | null } {
  const m = /^\s*(.*?)\s*[—–-]\s+(.+)$/.exec(name);
  if (m && m[1] && m[2]) return { title: m[1], detail: m[2] };
  const plain = name.trim();
  if (!plain || plain === `Quầy ${number}`) return { title: `Quầy ${number}`, detail: null };
  return { title: `Quầy ${number}`, detail: plain };
}
