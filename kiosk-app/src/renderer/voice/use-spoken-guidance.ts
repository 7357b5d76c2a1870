import { useEffect, useRef, useState } from 'react';
import { GuideSpeaker } from './guide-speaker';
import { createHtmlAudioPlayer } from './html-audio-player';
import type { Utterance } from './screen-guidance';

declare global {
  interface Window {
    /** For tests and installers: what the kiosk said (or would have said while muted). */
    __luotKioskVoice?: GuideSpeaker;
  }
}

/**
 * Says each new screen's guidance as the screen opens (a changed utterance
 * key), through one speaker for the kiosk's life. Returns "say it again".
 * `packUrl` is where the hub serves the voice pack, ending in a slash.
 */
export function useSpokenGuidance(utterance: Utterance | null, voice: boolean, packUrl: string): () => void {
  // One speaker for the page's life (its history is what tests read); `voice` is applied below.
  const [speaker] = useState(() => new GuideSpeaker(createHtmlAudioPlayer(packUrl), !voice));
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    window.__luotKioskVoice = speaker;
    return () => speaker.stop();
  }, [speaker]);
  useEffect(() => speaker.setMuted(!voice), [speaker, voice]);
  useEffect(() => {
    if (!utterance || utterance.key === lastKey.current) return;
    lastKey.current = utterance.key;
    void speaker.say(utterance.clips);
  }, [speaker, utterance]);
  return () => void speaker.repeat();
}
