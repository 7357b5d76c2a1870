import { describe, expect, it } from 'vitest';
import { hubUrlFrom, loopbackAgentOrigin } from './kiosk-url-policy';

const origin = 'http://10.0.0.2:8080';

describe('kiosk URL policy', () => {
  it('ignores ?hub= under the Electron shell: the hub is the page origin', () => {
    expect(hubUrlFrom('http://evil.example:8080', origin, true)).toBe(origin);
    expect(hubUrlFrom(null, origin, true)).toBe(origin);
  });

  it('takes ?hub= in a browser kiosk, without trailing slashes', () => {
    expect(hubUrlFrom('http://10.0.0.9:8080/', origin, false)).toBe('http://10.0.0.9:8080');
    expect(hubUrlFrom(null, `${origin}/`, false)).toBe(origin);
  });

  it('takes an agent only on loopback over http', () => {
    expect(loopbackAgentOrigin('http://127.0.0.1:7001/')).toBe('http://127.0.0.1:7001');
    expect(loopbackAgentOrigin('http://localhost:7001')).toBe('http://localhost:7001');
    expect(loopbackAgentOrigin('http://[::1]:7001')).toBe('http://[::1]:7001');
  });

  it('refuses any other agent address', () => {
    for (const url of [
      'http://10.0.0.5:7001',
      'http://127.0.0.1.evil.example:7001',
      'http://localhost.evil.example',
      'https://127.0.0.1:7001',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://user:pw@127.0.0.1:7001',
      'http://127.0.0.2:7001',
      '127.0.0.1:7001',
      '',
    ]) {
      expect(loopbackAgentOrigin(url), url).toBeNull();
    }
  });
});
