import { describe, expect, it } from 'vitest';
import { buildAnnouncement, DEFAULT_ANNOUNCEMENT_SETTINGS, ENGLISH_PHRASE } from './announcement';
import { parsePhraseTemplate, slugify } from './phrase-template';
import { DEFAULT_TICKET_READING } from './ticket-reading';

describe('buildAnnouncement', () => {
  it('says chime, then the default phrase twice with a pause between', () => {
    const a = buildAnnouncement({ code: 'A015', counter: 5, recall: 0 }, DEFAULT_ANNOUNCEMENT_SETTINGS);
    expect(a.text).toBe('Mời công dân có số thứ tự a mười lăm đến quầy số năm');
    const once = ['phrase-moi-cong-dan-co-so-thu-tu', 'letter-a', 'num-10', 'num-lam', 'phrase-den-quay-so', 'num-5'];
    expect(a.clips).toEqual(['chime', ...once, 'pause', ...once]);
    expect(a.segments.map((s) => s.kind)).toEqual(['chime', 'speech', 'pause', 'speech']);
  });

  it('reads digit by digit when configured, and the counter whole', () => {
    const a = buildAnnouncement({ code: '1023', counter: 12, recall: 1 }, {
      ...DEFAULT_ANNOUNCEMENT_SETTINGS,
      reading: { ...DEFAULT_TICKET_READING, mode: 'digits' },
      repeat: 1,
      chime: false,
    });
    expect(a.text).toBe('Mời công dân có số thứ tự một không hai ba đến quầy số mười hai');
    expect(a.clips[0]).toBe('phrase-moi-cong-dan-co-so-thu-tu');
    expect(a.clips).not.toContain('pause');
    expect(a.recall).toBe(1);
  });

  it('uses a custom template with its own phrase clips', () => {
    const phrase = parsePhraseTemplate('Xin mời số thứ tự {number}, đến quầy số {counter}.');
    if (!phrase.ok) throw new Error('template should parse');
    const a = buildAnnouncement({ code: 'B104', counter: 3, recall: 0 }, { ...DEFAULT_ANNOUNCEMENT_SETTINGS, phrase: phrase.value, repeat: 1 });
    expect(a.text).toBe('Xin mời số thứ tự bê một trăm linh bốn đến quầy số ba');
    expect(a.clips).toEqual(['chime', 'phrase-xin-moi-so-thu-tu', 'letter-b', 'num-1', 'num-tram', 'num-linh', 'num-4', 'phrase-den-quay-so', 'num-3']);
  });

  it('adds the English phrase after the Vietnamese ones', () => {
    const a = buildAnnouncement({ code: 'A015', counter: 12, recall: 0 }, { ...DEFAULT_ANNOUNCEMENT_SETTINGS, english: ENGLISH_PHRASE() });
    const en = a.segments.at(-1);
    expect(en).toMatchObject({ kind: 'speech', lang: 'en', text: 'Number A zero one five please go to counter twelve' });
    expect(a.clips.slice(-8)).toEqual(['pause', 'en-phrase-number', 'en-letter-a', 'en-num-0', 'en-num-1', 'en-num-5', 'en-phrase-please-go-to-counter', 'en-num-12']);
  });

  it('refuses a call whose code cannot be read', () => {
    expect(() => buildAnnouncement({ code: 'A-1', counter: 1, recall: 0 }, DEFAULT_ANNOUNCEMENT_SETTINGS)).toThrow(RangeError);
  });
});

describe('parsePhraseTemplate', () => {
  it('refuses a phrase without {number}, with unknown slots, or too long', () => {
    for (const bad of ['Mời đến quầy {counter}', 'Mời {number} {quay}', '', 'x'.repeat(201) + '{number}']) {
      const r = parsePhraseTemplate(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_payload');
        expect(r.error.field).toBe('phrase');
      }
    }
  });
  it('slugs Vietnamese text into file-name-safe clip ids', () => {
    expect(slugify('Kính mời công dân có số')).toBe('kinh-moi-cong-dan-co-so');
    expect(slugify('đến quầy số')).toBe('den-quay-so');
  });
});
