/**
 * Every message a citizen can read at the kiosk, checked for parser and
 * programmer words: the kiosk's texts in both languages, what it shows for
 * refused and doubtful ID-card scans, the hub errors it passes through, and
 * the protocol's labels it shows (priorities, dossier status).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ERROR_MESSAGES,
  DOSSIER_STATUS_LABELS,
  ERROR_CODES,
  PRIORITY_LABELS,
  luotError,
  parseIdCardQr,
} from '@luot/protocol/plain';
import { DICTIONARIES, LANGUAGES, translate } from '../i18n/translate';
import { HUB_WORDED_CODES, SCAN_WARNING_KEYS, citizenErrorText, scanFailureKey } from './citizen-messages';

const TECHNICAL_WORDS = {
  vi: ['trường', 'định dạng', 'ký tự', 'payload', 'mã lỗi', 'dữ liệu', 'hợp lệ', 'bố cục', 'tham số'],
  en: ['field', 'payload', 'format', 'character', 'error code', 'layout', 'invalid', 'the request', 'parse'],
} as const;

const NOW = Date.parse('2026-12-07T03:00:00Z');
const GOOD = '046201000152|212345678|Võ Việt Dũng|30072001|Nam|Thôn 1, Xã A, Huyện B, Tỉnh C|10072021';
/** QR texts a citizen may hold under the reader: not a card, a damaged card, odd layouts. */
const SCANS = [
  'https://example.vn/some-shop',
  '04620100015||Nguyễn Văn Ân|30072001|Nam|Thôn 1, Xã A|10072021',
  '046201000152|abc|Nguyễn Văn Ân|30072001|Nam|Thôn 1|10072021',
  '046201000152||Nguyễn Văn Ân|31022001|Nam|Thôn 1|10072021',
  '046201000152||Nguyễn Văn Ân|30072001|X|Thôn 1|10072021',
  '046201000152||123|30072001|Nam|Thôn 1|10072021',
  '046201000152||Nguyễn Văn Ân|30072001|Nam|Thôn 1|10072000',
  '046201000152||Nguyễn Văn Ân|30072001|2|Thôn 1|10072021',
  '046201000152||Nguyễn Văn Ân|30072001|Nam||10072021',
  `${GOOD}|VNM|extra`,
  '046201000152|x|y|Nguyễn Văn Ân|30072001|Nam|Thôn 1, Xã A|VN|10072021',
];

/** What the screen shows for one scan, in one language. */
function shownForScan(text: string, language: 'vi' | 'en'): string[] {
  const card = parseIdCardQr(text, { now: NOW });
  if (!card.ok) return [translate(language, scanFailureKey(card.error))];
  return card.value.warnings.map((w) => translate(language, SCAN_WARNING_KEYS[w.code]));
}

function everyCitizenMessage(language: 'vi' | 'en'): string[] {
  const hubErrors = ERROR_CODES.map((code) => {
    const shown = citizenErrorText(luotError(code));
    return shown.kind === 'hub' ? shown.error.message[language] : translate(language, shown.key);
  });
  return [
    ...Object.values(DICTIONARIES[language]),
    ...SCANS.flatMap((scan) => shownForScan(scan, language)),
    ...hubErrors,
    ...HUB_WORDED_CODES.map((code) => DEFAULT_ERROR_MESSAGES[code][language]),
    ...Object.values(PRIORITY_LABELS).map((l) => l[language]),
    ...Object.values(DOSSIER_STATUS_LABELS).map((l) => l[language]),
  ];
}

describe('citizen words, not parser words', () => {
  it.each(LANGUAGES)('no message a citizen reads in %s uses a technical word', (language) => {
    const messages = everyCitizenMessage(language);
    expect(messages.length).toBeGreaterThan(150);
    const offending = messages.filter((m) => TECHNICAL_WORDS[language].some((w) => m.toLowerCase().includes(w)));
    expect(offending).toEqual([]);
  });

  it('every scan the parser refuses or doubts is answered by a sentence saying what to do', () => {
    for (const scan of SCANS) {
      const shown = shownForScan(scan, 'vi');
      expect(shown.length, scan).toBeGreaterThan(0);
      for (const text of shown) expect(text, scan).toMatch(/Hãy|hãy/);
    }
    // A text that is not the card at all: bring the card's QR to the reader.
    expect(shownForScan(SCANS[0] ?? '', 'vi')).toEqual([
      'Máy chưa đọc được thẻ. Hãy đưa mặt sau thẻ căn cước, chỗ có mã QR, vào máy đọc và giữ yên.',
    ]);
  });

  it('passes through the hub words meant for citizens and replaces the others', () => {
    const closed = luotError('outside_hours', { vi: 'Ngoài giờ phục vụ. Vui lòng quay lại lúc 13:30.' });
    expect(citizenErrorText(closed)).toEqual({ kind: 'hub', error: closed });
    expect(citizenErrorText(luotError('invalid_payload', { vi: 'trường service: bắt buộc' }))).toEqual({
      kind: 'plain',
      key: 'problem.generic',
    });
    expect(citizenErrorText(luotError('too_many_attempts'))).toEqual({ kind: 'plain', key: 'problem.tooMany' });
  });
});
