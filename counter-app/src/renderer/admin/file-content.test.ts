import { describe, expect, it } from 'vitest';
import { fileAsBase64 } from './file-content';

describe('fileAsBase64', () => {
  it('encodes the bytes, also past one slice', async () => {
    expect(await fileAsBase64(new Blob(['Mã,Tên\n']))).toBe(Buffer.from('Mã,Tên\n').toString('base64'));
    const big = new Uint8Array(0x8000 * 2 + 5).map((_, i) => i % 251);
    expect(await fileAsBase64(new Blob([big]))).toBe(Buffer.from(big).toString('base64'));
  });
});
