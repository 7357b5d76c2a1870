import { describe, expect, it } from 'vitest';
import { chooseScreen } from './choose-screen';
import { agentUrlFrom } from './devices/device-source';

describe('chooseScreen', () => {
  it('serves the supervisor at /admin and the officer elsewhere', () => {
    expect(chooseScreen('/admin/', '')).toBe('supervisor');
    expect(chooseScreen('/admin', '')).toBe('supervisor');
    expect(chooseScreen('/counter/', '')).toBe('officer');
    expect(chooseScreen('/administration/', '')).toBe('officer');
    expect(chooseScreen('/counter/', '#rating')).toBe('rating');
  });
});

describe('agentUrlFrom', () => {
  it('accepts only an agent on this machine, with a token', () => {
    expect(agentUrlFrom('?agent=http://127.0.0.1:7001&agentToken=abc')).toEqual({
      url: 'http://127.0.0.1:7001',
      token: 'abc',
    });
    expect(agentUrlFrom('?agent=http://10.0.0.5:7001&agentToken=abc')).toBeNull();
    expect(agentUrlFrom('?agent=http://127.0.0.1:7001')).toBeNull();
    expect(agentUrlFrom('?agent=not a url&agentToken=abc')).toBeNull();
  });
});
