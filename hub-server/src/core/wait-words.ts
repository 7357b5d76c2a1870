/** "60 giây" / "2 phút": a wait in words, in both languages (every refusal that says when to come back). */
export function waitWords(seconds: number): { vi: string; en: string } {
  if (seconds < 60) return { vi: `${seconds} giây`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { vi: `${minutes} phút`, en: `${minutes} minute${minutes === 1 ? '' : 's'}` };
}
