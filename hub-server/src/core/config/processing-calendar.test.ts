import { describe, expect, it } from 'vitest';
import { HallConfigError } from './hall-config-error';
import { parseHallConfig } from './load-hall-config';

const HALL = `hall:
  name: { vi: Trung tâm thử, en: Test center }
  address: Số 1
hours:
  sessions:
    - { name: all-day, start: "00:00", end: "23:59" }
  weekdays: [1, 2, 3, 4, 5, 6, 7]
  holidays: [2026-09-02]
departments:
  - { code: tp, agencyCode: 000.00.08.H40, name: { vi: Sở Tư pháp, en: Justice } }
services:
  - { code: tu-phap, prefix: A, department: tp, name: { vi: Tư pháp, en: Justice } }
counters:
  - { number: 1, services: [tu-phap], name: { vi: Quầy 1, en: Counter 1 } }
`;

/** Parses the hall with a `processing:` block appended (YAML text, indented by the caller). */
const withProcessing = (block: string) => parseHallConfig(`${HALL}processing:\n${block}`, 'yaml', 'test.yaml');

function problems(block: string, language: 'en' | 'vi' = 'en'): string[] {
  try {
    withProcessing(block);
  } catch (error) {
    if (error instanceof HallConfigError) return error.issues.map((i) => `${i.path}: ${language === 'en' ? i.message : i.vi}`);
    throw error;
  }
  throw new Error('expected the config to be refused');
}

describe('the processing calendar of the hall config', () => {
  it('defaults to 8 h a day, 07:00–11:30 and 13:30–17:00, Monday–Friday, with the hall holidays — whatever the ticket hours', () => {
    const config = parseHallConfig(HALL, 'yaml');
    expect(config.processing).toEqual({
      sessions: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      weekdays: [1, 2, 3, 4, 5],
      holidays: ['2026-09-02'],
      // Make-up working days follow the hall's (none listed here), like the holidays.
      makeUpDays: [],
    });
  });

  it('takes its own sessions, Saturday and holidays', () => {
    const config = withProcessing(`  sessions:
    - { start: "07:30", end: "11:30" }
    - { start: "13:00", end: "16:30" }
  weekdays: [1, 2, 3, 4, 5, 6]
  holidays: [2026-04-30, 2026-05-01]
`);
    expect(config.processing.sessions).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '16:30' },
    ]);
    expect(config.processing.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(config.processing.holidays).toEqual(['2026-04-30', '2026-05-01']);
    // The ticket hours are untouched.
    expect(config.hours.sessions).toEqual([{ name: 'all-day', start: '00:00', end: '23:59' }]);
  });

  it('names the field of a bad time, a reversed session, an overlap, a bad weekday and a bad holiday', () => {
    const found = problems(`  sessions:
    - { start: "7:00", end: "11:30" }
    - { start: "13:30", end: "12:00" }
    - { start: "12:30", end: "17:00" }
  weekdays: [1, 8]
  holidays: [2026-02-30]
`);
    expect(found).toEqual(
      expect.arrayContaining([
        'processing.sessions[0].start: must be a time HH:mm such as 07:30 (found "7:00")',
        'processing.sessions[1].end: the session must end after it starts',
        'processing.weekdays[1]: must be at most 7 (found 8)',
        'processing.holidays[0]: must be a date that exists on the calendar (found "2026-02-30")',
      ]),
    );
    expect(problems(`  sessions:
    - { start: "07:00", end: "11:30" }
    - { start: "11:00", end: "17:00" }
`)).toEqual(['processing.sessions[1].start: the session must start at or after the end of processing.sessions[0] (11:30)']);
    expect(problems(`  sessions:
    - { start: "07:00", end: "11:30" }
    - { start: "11:00", end: "17:00" }
`, 'vi')).toEqual(['processing.sessions[1].start: buổi phải bắt đầu từ lúc processing.sessions[0] kết thúc (11:30) trở đi']);
  });

  it('refuses an unknown field, an empty list of sessions and no weekdays', () => {
    expect(problems('  session: []\n')).toEqual([
      'processing.session: unknown field: the hall config has no such field (check its spelling and indentation)',
    ]);
    expect(problems('  sessions: []\n  weekdays: []\n')).toEqual([
      'processing.sessions: must have at least 1 item (found a list of 0)',
      'processing.weekdays: must have at least 1 item (found a list of 0)',
    ]);
  });
});
