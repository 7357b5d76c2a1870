import { describe, expect, it } from 'vitest';
import { originAllowed, type OriginPolicy } from './origin-rules';

const plain: OriginPolicy = { secure: false, allowed: new Set(['http://localhost:5173']) };
const tls: OriginPolicy = { secure: true, allowed: new Set() };

describe('originAllowed', () => {
  it('leaves requests without an Origin to the token checks (devices, Node clients)', () => {
    expect(originAllowed(plain, undefined, '10.0.0.2:8080')).toBe(true);
  });

  it('admits the origin the request was addressed to, on the hub’s scheme only', () => {
    expect(originAllowed(plain, 'http://10.0.0.2:8080', '10.0.0.2:8080')).toBe(true);
    expect(originAllowed(plain, 'https://10.0.0.2:8080', '10.0.0.2:8080')).toBe(false);
    expect(originAllowed(tls, 'https://hub.hall.lan', 'hub.hall.lan')).toBe(true);
    expect(originAllowed(tls, 'https://hub.hall.lan:443', 'hub.hall.lan')).toBe(true); // the default port is no other origin
    expect(originAllowed(tls, 'http://hub.hall.lan', 'hub.hall.lan')).toBe(false);
  });

  it('refuses another host or port, a page with no origin of its own, and garbage', () => {
    expect(originAllowed(plain, 'http://evil.example', '10.0.0.2:8080')).toBe(false);
    expect(originAllowed(plain, 'http://10.0.0.2:8081', '10.0.0.2:8080')).toBe(false);
    expect(originAllowed(plain, 'null', '10.0.0.2:8080')).toBe(false);
    expect(originAllowed(plain, 'not a url', '10.0.0.2:8080')).toBe(false);
    expect(originAllowed(plain, 'http://10.0.0.2:8080', undefined)).toBe(false);
  });

  it('admits the origins the hall listed', () => {
    expect(originAllowed(plain, 'http://localhost:5173', '127.0.0.1:8080')).toBe(true);
  });
});
