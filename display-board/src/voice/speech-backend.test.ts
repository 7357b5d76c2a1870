import { describe, expect, it } from 'vitest';
import { buildAnnouncement, DEFAULT_ANNOUNCEMENT_SETTINGS, ENGLISH_PHRASE } from './announcement';
import type { PlaybackBackend } from './announcer';
import { findVietnameseVoice, SpeechBackend, type SpeechLike } from './speech-backend';

const voice = (lang: string) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang }) as SpeechSynthesisVoice;

/** Speaks instantly, in order, and keeps what was said. */
function fakeSpeech(voices: SpeechSynthesisVoice[]) {
  const said: Array<{ text: string; lang: string }> = [];
  const speech: SpeechLike = {
    getVoices: () => voices,
    speak: (u) => {
      said.push({ text: u.text, lang: u.lang });
      setTimeout(() => u.onend?.call(u, {} as SpeechSynthesisEvent), 0);
    },
    cancel: () => undefined,
  };
  return { speech, said };
}

const makeUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;

describe('findVietnameseVoice', () => {
  it('finds vi-VN (or vi_VN) and nothing else', () => {
    expect(findVietnameseVoice(fakeSpeech([voice('en-US'), voice('vi_VN')]).speech)?.lang).toBe('vi_VN');
    expect(findVietnameseVoice(fakeSpeech([voice('en-US')]).speech)).toBeNull();
    expect(findVietnameseVoice(undefined)).toBeNull();
  });
});

describe('SpeechBackend', () => {
  it('plays the chime from the pack, then says the phrase twice, then English when it has an English voice', async () => {
    const { speech, said } = fakeSpeech([]);
    const chimes: string[][] = [];
    const pack: PlaybackBackend = { name: 'pack', play: (a) => (chimes.push(a.clips), Promise.resolve()) };
    const backend = new SpeechBackend(speech, { vi: voice('vi-VN'), en: voice('en-GB') }, pack, makeUtterance);
    const a = buildAnnouncement({ code: 'A015', counter: 5, recall: 0 }, { ...DEFAULT_ANNOUNCEMENT_SETTINGS, english: ENGLISH_PHRASE() });
    await backend.play(a);
    expect(chimes).toEqual([['chime']]);
    expect(said).toEqual([
      { text: 'Mời công dân có số thứ tự a mười lăm đến quầy số năm', lang: 'vi-VN' },
      { text: 'Mời công dân có số thứ tự a mười lăm đến quầy số năm', lang: 'vi-VN' },
      { text: 'Number A zero one five please go to counter five', lang: 'en-GB' },
    ]);
  });

  it('skips English without an English voice', async () => {
    const { speech, said } = fakeSpeech([]);
    const backend = new SpeechBackend(speech, { vi: voice('vi-VN'), en: null }, null, makeUtterance);
    await backend.play(buildAnnouncement({ code: 'B2', counter: 1, recall: 0 }, { ...DEFAULT_ANNOUNCEMENT_SETTINGS, repeat: 1, english: ENGLISH_PHRASE() }));
    expect(said.map((s) => s.lang)).toEqual(['vi-VN']);
  });
});
