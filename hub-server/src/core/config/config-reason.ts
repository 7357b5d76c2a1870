/**
 * The config schemas speak to zod in English (zod carries one message per
 * check); the admin console and the start-up error also need the Vietnamese.
 * `reason(en, vi)` is written where the schema gives zod its English, so both
 * languages sit side by side and cannot drift apart in a separate dictionary.
 *
 * @example
 *   const clockTime = z.string().regex(CLOCK_TIME, reason('a time HH:mm such as 07:30', 'một giờ dạng HH:mm, ví dụ 07:30'));
 */
import type { z } from 'zod';

/** A reason in both languages. */
export interface BilingualReason {
  vi: string;
  en: string;
}

const vietnameseByEnglish = new Map<string, string>();

/** Registers the Vietnamese of a schema's English message and returns the English, for zod. */
export function reason(en: string, vi: string): string {
  const known = vietnameseByEnglish.get(en);
  // The same English in two schemas must say the same in Vietnamese, or the console would depend on load order.
  if (known !== undefined && known !== vi) throw new Error(`config reason "${en}" has two Vietnamese texts: "${known}" and "${vi}"`);
  vietnameseByEnglish.set(en, vi);
  return en;
}

/** The Vietnamese registered for a schema's English message, if any. */
export function vietnameseOf(en: string): string | undefined {
  return vietnameseByEnglish.get(en);
}

/** Every registered message, English → Vietnamese (for the test that each one is reachable and Vietnamese). */
export function registeredReasons(): ReadonlyMap<string, string> {
  return vietnameseByEnglish;
}

/**
 * A cross-check's problem (a duplicate, a reference to nothing), whose text
 * carries values and so cannot be registered once: the Vietnamese rides in the
 * issue's `params`, where `describeIssue` reads it.
 */
export function addReasonIssue(ctx: z.RefinementCtx, path: PropertyKey[], text: BilingualReason): void {
  ctx.addIssue({ code: 'custom', path, message: text.en, params: { vi: text.vi } });
}

/** The Vietnamese a custom issue carries in its params, if any. */
export function vietnameseParam(params: unknown): string | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const vi = (params as { vi?: unknown }).vi;
  return typeof vi === 'string' ? vi : undefined;
}
