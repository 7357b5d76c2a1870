/**
 * Wires the announcer to a playback backend and the autoplay gate.
 * Browsers keep audio locked until someone touches the page: the first load
 * shows "Chạm để bật âm thanh"; the choice is remembered, and later loads try
 * to start sound by themselves (a kiosk browser or the Electron shell allows
 * it), falling back to a small mark that any touch or key press clears.
 */
import type { BoardSettings } from '../board/board-settings';
import { Announcer, type PlaybackBackend } from '../voice/announcer';
import { findVietnameseVoice, SpeechBackend } from '../voice/speech-backend';
import { WebAudioBackend, type AudioContextLike } from '../voice/web-audio-backend';

export const SOUND_STORAGE_KEY = 'luot.display.sound';

export type SoundState =
  /** First load: the big overlay asks for a tap. */
  | 'ask'
  /** Remembered, but the browser still holds audio: a small mark asks for a touch. */
  | 'blocked'
  | 'on'
  /** `?voice=none`: calls are recorded, nothing is played. */
  | 'off';

export interface SoundSetup {
  announcer: Announcer;
  getState(): SoundState;
  subscribe(listener: () => void): () => void;
  /** Called from a user gesture (the overlay's tap, any touch or key). */
  enable(): void;
  /** Voice-pack clips that could not be fetched or decoded (skipped when said). */
  missingClips(): string[];
}

/** Records calls without sound (voice=none, or no Web Audio at all). */
const silentBackend: PlaybackBackend = { name: 'none', play: () => Promise.resolve() };

/** Old WebKit TV browsers only have the prefixed constructor. */
type AudioGlobals = { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };

function createAudioContext(): AudioContext | null {
  const w = window as unknown as AudioGlobals;
  const Ctor = w.AudioContext ?? w.webkitAudioContext;
  try {
    return Ctor ? new Ctor() : null;
  } catch {
    return null;
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // some TV browsers throw in private mode
  }
}

export function setUpSound(settings: BoardSettings, voicePackExt: string): SoundSetup {
  const storage = safeStorage();
  const listeners = new Set<() => void>();
  const ctx = settings.voice === 'none' ? null : createAudioContext();
  const pack = ctx ? new WebAudioBackend(ctx as unknown as AudioContextLike, { baseUrl: settings.voicePackUrl, ext: voicePackExt }) : null;
  const announcer = new Announcer({ backend: pack ?? silentBackend, settings: settings.announcement });

  let state: SoundState = !ctx ? 'off' : storage?.getItem(SOUND_STORAGE_KEY) === 'on' ? 'blocked' : 'ask';
  const setState = (s: SoundState) => {
    state = s;
    announcer.setLocked(s === 'ask' || s === 'blocked');
    listeners.forEach((l) => l());
  };
  const refresh = () => {
    if (!ctx || state === 'ask') return;
    setState(ctx.state === 'running' ? 'on' : 'blocked');
  };

  const enable = () => {
    if (!ctx) return;
    storage?.setItem(SOUND_STORAGE_KEY, 'on');
    state = 'blocked';
    // Speech synthesis is unlocked by speaking inside a gesture too.
    if (settings.voice === 'speech' && 'speechSynthesis' in window) window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    void ctx.resume().then(refresh, refresh);
    refresh();
  };

  if (ctx) {
    ctx.onstatechange = refresh;
    if (state === 'blocked') void ctx.resume().then(refresh, refresh);
    // Any touch, click or remote-control key is a gesture that may start sound
    // (on first load it also answers the banner's question).
    const onGesture = () => {
      if (state === 'blocked' || state === 'ask') enable();
    };
    for (const type of ['click', 'touchend', 'keydown']) window.addEventListener(type, onGesture, true);
  }
  setState(state);

  // The browser's Vietnamese voice only when asked for and installed; voices load late in some browsers.
  if (settings.voice === 'speech' && 'speechSynthesis' in window) {
    const pick = () => {
      const vi = findVietnameseVoice(window.speechSynthesis);
      if (!vi) return;
      const en = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('en')) ?? null;
      announcer.setBackend(new SpeechBackend(window.speechSynthesis, { vi, en }, pack));
    };
    pick();
    window.speechSynthesis.addEventListener?.('voiceschanged', pick);
  }

  return {
    announcer,
    getState: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    enable,
    missingClips: () => (pack ? [...pack.missing] : []),
  };
}
