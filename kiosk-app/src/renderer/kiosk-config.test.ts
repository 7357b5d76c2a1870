import { describe, expect, it } from 'vitest';
import { readKioskConfig, TOKEN_STORAGE_KEY } from './kiosk-config';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}
const origin = 'http://10.0.0.2:8080';

describe('readKioskConfig', () => {
  it('uses the page origin as the hub and sensible defaults', () => {
    const c = readKioskConfig({ search: '', origin }, memoryStorage());
    expect(c).toMatchObject({ hubUrl: origin, token: null, agent: null, idleSeconds: 60, idleWarningSeconds: 10, startLanguage: 'vi' });
  });

  it('takes the Telex tone style (else the hall\'s) and the voice switch (on by default)', () => {
    expect(readKioskConfig({ search: '', origin }, null)).toMatchObject({ toneStyle: null, voice: true });
    expect(readKioskConfig({ search: '?toneStyle=classic&voice=off', origin }, null)).toMatchObject({ toneStyle: 'classic', voice: false });
    expect(readKioskConfig({ search: '?toneStyle=modern', origin }, null)).toMatchObject({ toneStyle: 'modern' });
    expect(readKioskConfig({ search: '?toneStyle=weird&voice=maybe', origin }, null)).toMatchObject({ toneStyle: null, voice: true });
  });

  it('remembers the token from the URL and reuses it later', () => {
    const storage = memoryStorage();
    expect(readKioskConfig({ search: '?token=demo-kiosk-token-1', origin }, storage).token).toBe('demo-kiosk-token-1');
    expect(storage.map.get(TOKEN_STORAGE_KEY)).toBe('demo-kiosk-token-1');
    expect(readKioskConfig({ search: '', origin }, storage).token).toBe('demo-kiosk-token-1');
  });

  it('reads the agent only with both its address and token', () => {
    expect(readKioskConfig({ search: '?agent=http://127.0.0.1:7001/', origin }, null).agent).toBeNull();
    expect(readKioskConfig({ search: '?agent=http://127.0.0.1:7001/&agentToken=abc', origin }, null).agent).toEqual({
      url: 'http://127.0.0.1:7001',
      token: 'abc',
    });
  });

  it('ignores ?hub= under the Electron shell and an agent off this machine', () => {
    expect(readKioskConfig({ search: '?hub=http://10.9.9.9:8080', origin }, null, true).hubUrl).toBe(origin);
    expect(readKioskConfig({ search: '?hub=http://10.9.9.9:8080', origin }, null).hubUrl).toBe('http://10.9.9.9:8080');
    expect(readKioskConfig({ search: '?agent=http://10.0.0.7:7001&agentToken=abc', origin }, null).agent).toBeNull();
  });

  it('clamps the idle timeout and ignores nonsense', () => {
    expect(readKioskConfig({ search: '?idle=1', origin }, null).idleSeconds).toBe(3);
    expect(readKioskConfig({ search: '?idle=abc', origin }, null).idleSeconds).toBe(60);
    // A dossier form waits longer, and never less than the other screens.
    expect(readKioskConfig({ search: '?idle=20', origin }, null)).toMatchObject({ formIdleSeconds: 60, formIdleWarningSeconds: 15 });
    expect(readKioskConfig({ search: '?idle=20&formIdle=5', origin }, null).formIdleSeconds).toBe(20);
    expect(readKioskConfig({ search: '?idle=20&formIdle=300', origin }, null).formIdleSeconds).toBe(300);
    const short = readKioskConfig({ search: '?idle=6', origin }, null);
    expect(short.idleWarningSeconds).toBe(2);
  });

  it('survives storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(readKioskConfig({ search: '?token=abcdefghijkl', origin }, broken).token).toBe('abcdefghijkl');
    expect(readKioskConfig({ search: '', origin }, broken).token).toBeNull();
  });
});
