/**
 * Starts the whole agent from a config: device service, HTTP server on
 * 127.0.0.1, and the hub reporter when the hub is configured. Used by the
 * CLI and by tests that want the real thing.
 */
import type { AddressInfo } from 'node:net';
import type { DeviceServiceConfig } from '../device-service-config';
import { createDeviceService, type DeviceService, type DeviceServiceDeps } from '../device-service';
import { startHubReporter, type HubReporter } from '../device-service-hub-reporter';
import { newAgentToken } from './agent-auth';
import { createAgentServer } from './agent-server';
import { writeSecretFile } from './secret-file';

export interface StartAgentOptions extends DeviceServiceDeps {
  config: DeviceServiceConfig;
  port?: number;
  tokenFile?: string;
  /** A fixed token (tests); a fresh random one by default. */
  token?: string;
  hubRetryMs?: number;
  log?: (line: string) => void;
}

export interface RunningAgent {
  url: string;
  port: number;
  token: string;
  service: DeviceService;
  reporter: HubReporter | null;
  close(): Promise<void>;
}

export async function startAgent(options: StartAgentOptions): Promise<RunningAgent> {
  const { config } = options;
  const log = options.log ?? (() => {});
  const token = options.token ?? newAgentToken();
  const service = createDeviceService(config, options);
  const allowedOrigins = [...config.agent.allowedOrigins];
  if (config.hub) allowedOrigins.push(new URL(config.hub.url).origin);
  const agent = createAgentServer({ service, token, allowedOrigins });
  // Subscribed before anything awaits: the service's first printer check
  // reports the starting state, and the hub should hear it.
  const reporter = config.hub
    ? startHubReporter({
        hubUrl: config.hub.url,
        deviceToken: config.hub.deviceToken,
        onEvent: (l) => service.onEvent(l),
        retryMs: options.hubRetryMs,
        onProblem: (m) => log(`hub report: ${m}`),
      })
    : null;

  try {
    await new Promise<void>((resolve, reject) => {
      agent.server.once('error', reject);
      agent.server.listen(options.port ?? config.agent.port, '127.0.0.1', () => {
        agent.server.off('error', reject);
        resolve();
      });
    });
    if (options.tokenFile) await writeSecretFile(options.tokenFile, `${token}\n`);
  } catch (err) {
    reporter?.stop();
    await agent.close();
    await service.close();
    throw err;
  }

  const port = (agent.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token,
    service,
    reporter,
    async close() {
      reporter?.stop();
      await agent.close();
      await service.close();
    },
  };
}
