/**
 * A counter's title: its configured name when that already says its number
 * ("Quầy 1 — Kế hoạch và Đầu tư"), else "Quầy 1 — <name>".
 */
export function counterTitle(counter: { number: number }, name: string, numbered: string): string {
  if (new RegExp(`(^|\\D)${counter.number}(\\D|$)`).test(name)) return name;
  return name === '' ? numbered : `${numbered} — ${name}`;
}
