import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HallConfigError } from './hall-config-error';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from './load-hall-config';

const dir = mkdtempSync(join(tmpdir(), 'luot-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MINIMAL = `hall:
  name: { vi: Trung tâm thử, en: Test center }
  address: Số 1
hours:
  sessions:
    - { name: morning, start: "07:30", end: "11:30" }
departments:
  - { code: tp, agencyCode: 000.00.08.H40, name: { vi: Sở Tư pháp, en: Justice } }
services:
  - { code: tu-phap, prefix: A, department: tp, name: { vi: Tư pháp, en: Justice } }
  - { code: ho-tich, prefix: B, department: tp, name: { vi: Hộ tịch, en: Civil status } }
counters:
  - { number: 1, services: [tu-phap, ho-tich], name: { vi: Quầy 1, en: Counter 1 } }
`;

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Loads and returns the error it must throw. */
function failure(file: string): HallConfigError {
  try {
    loadHallConfig(file);
  } catch (error) {
    if (error instanceof HallConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe('loadHallConfig', () => {
  it('loads a minimal YAML file and fills the defaults', () => {
    const config = loadHallConfig(write('ok.yaml', MINIMAL));
    expect(config.services[1]?.numberWidth).toBe(3);
    expect(config.queue.priorityRule).toEqual({ kind: 'strict' });
  });

  it('loads the same hall from JSON', () => {
    const json = write('ok.json', JSON.stringify(parse(MINIMAL), null, 2));
    expect(loadHallConfig(json).counters[0]?.services).toEqual(['tu-phap', 'ho-tich']);
  });

  it('loads the demo hall converted to JSON', () => {
    const json = write('demo.json', JSON.stringify(parse(readFileSync(DEMO_HALL_CONFIG_PATH, 'utf8'))));
    expect(loadHallConfig(json).procedures.length).toBeGreaterThanOrEqual(60);
  });

  it('names an unknown department in a service', () => {
    const error = failure(
      write('dept.yaml', MINIMAL.replace('prefix: B, department: tp', 'prefix: B, department: nope')),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'services[1].department',
        message: expect.stringContaining('unknown department "nope"'),
        vi: 'đơn vị "nope" không có trong danh sách departments',
        line: 11,
      }),
    ]);
    expect(error.message).toContain('dept.yaml');
    // The terminal shows each problem in English, then in Vietnamese on the line under it.
    expect(error.message).toContain(
      [
        '  - services[1].department (line 11): unknown department "nope" (not in the departments list)',
        '    services[1].department (dòng 11): đơn vị "nope" không có trong danh sách departments',
      ].join('\n'),
    );
  });

  it('names a duplicate ticket prefix and the service that already has it', () => {
    const error = failure(write('prefix.yaml', MINIMAL.replace('prefix: B', 'prefix: A')));
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'services[1].prefix',
        message: 'duplicate ticket prefix "A" (already used by services[0])',
        vi: 'chữ đầu số "A" bị trùng (đã dùng ở services[0])',
      }),
    ]);
  });

  it('explains a time written without its leading zero', () => {
    const error = failure(write('time.yaml', MINIMAL.replace('"07:30"', '"7:30"')));
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'hours.sessions[0].start',
        message: 'must be a time HH:mm such as 07:30 (found "7:30")',
        vi: 'phải là một giờ dạng HH:mm, ví dụ 07:30 (đang là "7:30")',
        line: 6,
      }),
    ]);
  });

  it('refuses an unknown field and names it', () => {
    const error = failure(write('field.yaml', MINIMAL.replace('  address: Số 1', '  address: Số 1\n  colour: red')));
    expect(error.issues[0]).toMatchObject({ path: 'hall.colour', line: 4 });
    expect(error.issues[0]?.message).toContain('unknown field');
    expect(error.issues[0]?.vi).toBe('trường không có trong cấu hình hội trường (kiểm tra chính tả và thụt lề)');
  });

  it('reports every problem at once, not only the first', () => {
    const broken = MINIMAL.replace('"07:30"', '"7:30"')
      .replace('prefix: B', 'prefix: A')
      .replace('[tu-phap, ho-tich]', '[tu-phap, ghost]');
    const paths = failure(write('many.yaml', broken)).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['hours.sessions[0].start', 'services[1].prefix', 'counters[0].services[1]']),
    );
  });

  it('says what is missing and what has the wrong type', () => {
    const error = failure(
      write('types.yaml', MINIMAL.replace('  address: Số 1\n', '').replace('number: 1,', 'number: one,')),
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'hall.address', message: 'is missing; this field is required', vi: 'đang thiếu; trường này là bắt buộc' }),
        expect.objectContaining({ path: 'counters[0].number', message: 'must be a number (found "one")', vi: 'phải là một số (đang là "one")' }),
      ]),
    );
  });

  it('gives the line of a YAML syntax error', () => {
    const error = failure(write('syntax.yaml', MINIMAL.replace('  address: Số 1', '  address: [Số 1')));
    expect(error.issues[0]?.message).toMatch(/^YAML syntax error/);
    expect(error.issues[0]?.vi).toMatch(/^lỗi cú pháp YAML/);
    expect(error.issues[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('gives the line of a JSON syntax error', () => {
    const error = failure(write('syntax.json', '{\n  "hall": {\n    "name": 1,\n  }\n}'));
    expect(error.issues[0]?.message).toMatch(/^JSON syntax error/);
    expect(error.issues[0]?.vi).toMatch(/^lỗi cú pháp JSON/);
    expect(error.issues[0]?.line).toBe(4);
  });

  it('explains a missing file, an empty file and an unsupported type', () => {
    expect(failure(join(dir, 'absent.yaml')).issues[0]?.message).toContain('does not exist');
    expect(failure(join(dir, 'absent.yaml')).issues[0]?.vi).toContain('tệp không tồn tại');
    expect(failure(write('empty.yml', '  \n')).issues[0]?.message).toBe('the file is empty');
    expect(failure(write('empty.yml', '  \n')).issues[0]?.vi).toBe('tệp đang trống');
    expect(failure(write('hall.toml', 'x = 1')).issues[0]?.vi).toContain('hãy dùng tệp .json, .yaml hoặc .yml');
    expect(failure(write('hall.toml', 'x = 1')).issues[0]?.message).toContain('use a .json, .yaml or .yml file');
  });
});
