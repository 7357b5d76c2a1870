import { describe, expect, it } from 'vitest';
import { ADMIN_SECTIONS } from './sections';
import { translate } from '../i18n/i18n';

describe('the admin console sections', () => {
  it('have unique ids (each is a URL hash) and a nav label in both languages', () => {
    const ids = ADMIN_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ADMIN_SECTIONS) {
      expect(s.id).toMatch(/^[a-z-]+$/);
      expect(translate('vi', s.label)).not.toBe(translate('en', s.label));
    }
  });
  it("open on today's hall, then the reports, the hall's config, and the officers' and devices' places", () => {
    expect(ADMIN_SECTIONS.map((s) => s.id)).toEqual(['today', 'reports', 'hall', 'services', 'counters', 'calendar', 'procedures', 'revisions', 'officers', 'devices']);
  });
});
