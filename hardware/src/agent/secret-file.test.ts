import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSecretFile } from './secret-file';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'luot-secret-'));
  dirs.push(dir);
  return join(dir, 'agent-token');
};

describe('writeSecretFile (the agent token file)', () => {
  it('creates the file with mode 600', async () => {
    const path = tempFile();
    await writeSecretFile(path, 'abc\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('abc\n');
  });

  it('narrows an existing world-readable file to 600 and replaces its content', async () => {
    const path = tempFile();
    writeFileSync(path, 'an old, longer token\n', { mode: 0o644 });
    expect(statSync(path).mode & 0o777).toBe(0o644);
    await writeSecretFile(path, 'new\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });
});
