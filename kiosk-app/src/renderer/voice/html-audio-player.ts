/**
 * The page's player for the voice pack: one audio element, so two clips can
 * never sound at once. Clips come from the hub, where the board's pack is
 * served (`/display/voice/vi/<clip>.mp3`).
 */
import type { ClipPlayer } from './guide-speaker';

export function createHtmlAudioPlayer(packUrl: string): ClipPlayer {
  const audio = new Audio();
  audio.preload = 'auto';
  let finish: (() => void) | null = null;
  const settle = () => {
    const done = finish;
    finish = null;
    done?.();
  };
  return {
    play(clip) {
      settle();
      return new Promise<void>((resolve, reject) => {
        finish = resolve;
        audio.onended = settle;
        audio.onerror = () => {
          finish = null;
          reject(new Error(`voice clip ${clip} could not play`));
        };
        audio.src = `${packUrl}${clip}.mp3`;
        audio.play().catch((err: unknown) => {
          finish = null;
          reject(err instanceof Error ? err : new Error(String(err)));
        });
      });
    },
    stop() {
      audio.pause();
      settle();
    },
  };
}
