/**
 * Where the counter's devices come from (DESIGN.md "Devices"): the Electron
 * preload bridge (`window.luotDevices`), or the local device agent named in
 * the URL (`?agent=http://127.0.0.1:PORT&agentToken=…`), or none (a browser
 * counter without keypad, sign or rating pad still works).
 */
import type { DeviceApi } from '@luot/protocol';
import { createAgentDeviceApi } from './agent-device-api';

declare global {
  interface Window {
    /** Set by the Electron shell's preload bridge. */
    luotDevices?: DeviceApi;
  }
}

export type DeviceSource =
  { kind: 'bridge'; api: DeviceApi } | { kind: 'agent'; api: DeviceApi; url: string } | { kind: 'none'; api: null };

/** The agent's address must be this machine: a page must not be pointed at someone else's devices. */
export function agentUrlFrom(search: string): { url: string; token: string } | null {
  const params = new URLSearchParams(search);
  const url = params.get('agent');
  const token = params.get('agentToken');
  if (url === null || token === null || token === '') return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return null;
    return { url: parsed.origin, token };
  } catch {
    return null;
  }
}

export function resolveDeviceSource(win: Window): DeviceSource {
  if (win.luotDevices) return { kind: 'bridge', api: win.luotDevices };
  const agent = agentUrlFrom(win.location.search);
  if (agent !== null) return { kind: 'agent', api: createAgentDeviceApi(agent.url, agent.token), url: agent.url };
  return { kind: 'none', api: null };
}
