import { describe, expect, it } from 'vitest';
import { deviceTokenForPage, pairedTokenToKeep } from './device-token-policy';

const HUB = 'http://10.0.0.2:8080';
const TOKEN = 'counter-pc-token-1';

describe('the counter PC’s device token goes only to the hub’s officer console', () => {
  it('answers the hub’s /counter/ page', () => {
    expect(deviceTokenForPage('http://10.0.0.2:8080/counter/', HUB, TOKEN)).toBe(TOKEN);
    expect(deviceTokenForPage('http://10.0.0.2:8080/counter', HUB, TOKEN)).toBe(TOKEN);
    expect(deviceTokenForPage('http://10.0.0.2:8080/counter/?agent=x#rating', HUB, TOKEN)).toBe(TOKEN);
  });

  it('answers null to any other origin, another page of the hub, or an unknown sender', () => {
    expect(deviceTokenForPage('http://evil.example/counter/', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('http://10.0.0.2:8081/counter/', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('https://10.0.0.2:8080/counter/', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('http://10.0.0.2:8080.evil.example/counter/', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('http://10.0.0.2:8080/admin/', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('http://10.0.0.2:8080/counterfeit/', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('file:///etc/passwd', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage('not a url', HUB, TOKEN)).toBeNull();
    expect(deviceTokenForPage(undefined, HUB, TOKEN)).toBeNull();
  });

  it('answers null when the shell holds no token', () => {
    expect(deviceTokenForPage('http://10.0.0.2:8080/counter/', HUB, null)).toBeNull();
  });
});

describe('a token received by pairing', () => {
  it('is kept only from the hub\'s /counter/ page, and only in the token form', () => {
    const token = 'AbCdEf0123456789_-xyz';
    expect(pairedTokenToKeep('http://10.0.0.2:8080/counter/', HUB, token)).toBe(token);
    expect(pairedTokenToKeep('http://10.0.0.2:8080/admin/', HUB, token)).toBeNull();
    expect(pairedTokenToKeep('http://evil.example/counter/', HUB, token)).toBeNull();
    expect(pairedTokenToKeep('http://10.0.0.2:8080/counter/', HUB, 'short')).toBeNull();
    expect(pairedTokenToKeep('http://10.0.0.2:8080/counter/', HUB, 'with a space inside')).toBeNull();
    expect(pairedTokenToKeep('http://10.0.0.2:8080/counter/', HUB, 42)).toBeNull();
  });
});
