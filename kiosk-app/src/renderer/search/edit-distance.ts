/**
 * How many typing slips separate two folded words: a letter wrong, missing,
 * added (doubled) or two neighbours swapped each count one (the "optimal
 * string alignment" variant of Damerau–Levenshtein). Stops early once the
 * distance is sure to exceed `max`, since search only asks "within 1 or 2?".
 */
export function typingDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the classic table: two back for the swap, one back, this one.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? max + 1;
}

/** Slips forgiven in a word of this length: none under 3 letters (too many words would match), 1 up to 6, then 2. */
export function slipsAllowed(length: number): number {
  if (length < 3) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Whether a typed word is a near miss of a catalogue word, or of the start of
 * one (a word still being typed: "chnug" → "chứng nhận"). The first letter
 * must be right, or swapped with the second: people rarely miss it, and
 * without this "oanh" would find "doanh".
 */
export function isNearMiss(typed: string, candidate: string): boolean {
  const max = slipsAllowed(typed.length);
  if (max === 0 || candidate.length < 3) return false;
  const firstOk = typed[0] === candidate[0] || (typed[0] === candidate[1] && typed[1] === candidate[0]);
  if (!firstOk) return false;
  if (typingDistance(typed, candidate, max) <= max) return true;
  // A three-letter start is too short to guess which longer word it begins.
  return typed.length >= 4 && candidate.length > typed.length && typingDistance(typed, candidate.slice(0, typed.length), max) <= max;
}
