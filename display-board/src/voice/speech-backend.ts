/**
 * Speaks with the browser's vi-VN speech voice (used only when configured
 * and present); the chime still comes from the voice pack when it can.
 */
import type { Announcement } from './announcement';
import type { PlaybackBackend } from './announcer';

export interface SpeechLike {
  getVoices(): SpeechSynthesisVoice[];
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** The browser's Vietnamese voice, or null (none installed, or no speechSynthesis). */
export function findVietnameseVoice(speech: SpeechLike | undefined): SpeechSynthesisVoice | null {
  if (!speech) return null;
  return speech.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('vi')) ?? null;
}

export class SpeechBackend implements PlaybackBackend {
  readonly name = 'speech';

  constructor(
    private readonly speech: SpeechLike,
    private readonly voices: { vi: SpeechSynthesisVoice; en: SpeechSynthesisVoice | null },
    /** Plays the chime (and pauses) from the voice pack; null to skip them. */
    private readonly sounds: PlaybackBackend | null,
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance = (t) => new SpeechSynthesisUtterance(t),
  ) {}

  private say(text: string, lang: 'vi' | 'en'): Promise<void> {
    const voice = lang === 'vi' ? this.voices.vi : this.voices.en;
    if (!voice) return Promise.resolve();
    return new Promise((resolve) => {
      const u = this.makeUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.85; // calls are said slowly (shared/DOMAIN.md)
      u.onend = () => resolve();
      u.onerror = () => resolve();
      // Some engines drop onend: resolve after a generous estimate instead of hanging the queue.
      setTimeout(resolve, 2000 + text.length * 150);
      this.speech.speak(u);
    });
  }

  async play(a: Announcement): Promise<void> {
    for (const s of a.segments) {
      if (s.kind === 'chime') {
        if (this.sounds) await this.sounds.play({ ...a, clips: ['chime'] });
      } else if (s.kind === 'pause') {
        await new Promise((r) => setTimeout(r, 600));
      } else {
        await this.say(s.text, s.lang);
      }
    }
  }
}
