/**
 * One spoken word (or fixed phrase) of an announcement: the text a speech
 * engine would say, and the id of the voice-pack clip that says it.
 * Clip ids are file names without extension (see README "Voice pack").
 */
export interface VoiceWord {
  text: string;
  clip: string;
}

export const word = (text: string, clip: string): VoiceWord => ({ text, clip });

/** Joins words into the text a speech engine reads (and people see in logs). */
export function wordsToText(words: readonly VoiceWord[]): string {
  return words.map((w) => w.text).join(' ');
}
