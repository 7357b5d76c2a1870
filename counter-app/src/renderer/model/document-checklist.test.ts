import { describe, expect, it } from 'vitest';
import {
  addItem,
  buildChecklist,
  missingDocuments,
  parseItemLines,
  receivedDocuments,
  setCount,
  toggleItem,
} from './document-checklist';

const REQUIRED = [
  { name: 'Giấy đề nghị đăng ký doanh nghiệp', originals: 1, copies: 0 },
  { name: 'Bản sao giấy tờ pháp lý của cá nhân', originals: 0, copies: 1 },
];

describe('document checklist', () => {
  it('starts from the catalogue, unticked, with the expected counts', () => {
    const list = buildChecklist(REQUIRED);
    expect(list).toEqual([
      { name: REQUIRED[0]!.name, required: true, received: false, originals: 1, copies: 0 },
      { name: REQUIRED[1]!.name, required: true, received: false, originals: 0, copies: 1 },
    ]);
    expect(receivedDocuments(list)).toEqual({ ok: false, problem: 'none_received' });
    expect(missingDocuments(list)).toEqual(REQUIRED.map((d) => d.name));
  });

  it('ticks documents and changes counts, clamped to 0–99', () => {
    let list = toggleItem(buildChecklist(REQUIRED), 0, true);
    list = setCount(list, 0, 'copies', 2);
    list = setCount(list, 0, 'originals', 250);
    list = setCount(list, 1, 'copies', -3);
    expect(list[0]).toMatchObject({ received: true, originals: 99, copies: 2 });
    expect(list[1]).toMatchObject({ received: false, copies: 0 });
    expect(setCount(list, 0, 'copies', Number.NaN)[0]?.copies).toBe(0);
    expect(receivedDocuments(list)).toEqual({
      ok: true,
      documents: [{ name: REQUIRED[0]!.name, originals: 99, copies: 2 }],
    });
    expect(missingDocuments(list)).toEqual([REQUIRED[1]!.name]);
  });

  it('refuses a ticked document with no original and no copy', () => {
    const list = setCount(toggleItem(buildChecklist(REQUIRED), 0, true), 0, 'originals', 0);
    expect(receivedDocuments(list)).toEqual({ ok: false, problem: 'empty_counts', name: REQUIRED[0]!.name });
  });

  it('adds the officer’s own documents once, ticked', () => {
    let list = addItem(buildChecklist(REQUIRED), '  Giấy  ủy quyền ');
    list = addItem(list, 'Giấy ủy quyền');
    list = addItem(list, '   ');
    expect(list).toHaveLength(3);
    expect(list[2]).toEqual({ name: 'Giấy ủy quyền', required: false, received: true, originals: 1, copies: 0 });
    expect(missingDocuments(list)).toHaveLength(2);
  });

  it('reopens a dossier with its recorded documents ticked', () => {
    const list = buildChecklist(REQUIRED, [
      { name: REQUIRED[1]!.name, originals: 0, copies: 3 },
      { name: 'Giấy khác', originals: 1, copies: 1 },
    ]);
    expect(list.map((i) => [i.name, i.received, i.originals, i.copies, i.required])).toEqual([
      [REQUIRED[0]!.name, false, 1, 0, true],
      [REQUIRED[1]!.name, true, 0, 3, true],
      ['Giấy khác', true, 1, 1, false],
    ]);
  });

  it('reads supplement items one per line', () => {
    expect(parseItemLines('Bản vẽ sơ đồ\n\n  Giấy ủy quyền  \r\nBản vẽ sơ đồ\n')).toEqual([
      'Bản vẽ sơ đồ',
      'Giấy ủy quyền',
    ]);
    expect(parseItemLines(' \n ')).toEqual([]);
  });
});
