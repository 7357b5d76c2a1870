/** `npm run agent -w @luot/hardware -- --config <file>`: the local device agent. */
import { loadDeviceServiceConfig } from '../device-service-config';
import { AGENT_USAGE, parseAgentArgs } from './agent-args';
import { startAgent } from './start-agent';

async function main(): Promise<number> {
  const args = parseAgentArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`${args.message}\n\n${AGENT_USAGE}`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(AGENT_USAGE);
    return 0;
  }
  const config = await loadDeviceServiceConfig(args.value.config);
  if (!config.ok) {
    const field = config.error.field ? ` (${config.error.field})` : '';
    process.stderr.write(`Config error${field}: ${config.error.message.en}\nLỗi cấu hình${field}: ${config.error.message.vi}\n`);
    return 1;
  }
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const agent = await startAgent({ config: config.value, port: args.value.port, tokenFile: args.value.tokenFile, log });
  agent.service.onEvent((e) => {
    if (e.type === 'device-error') log(`${e.device}: ${e.message}`);
    if (e.type === 'printer') log(`printer: ${e.status.state}${e.status.detail ? ` (${e.status.detail})` : ''}`);
  });
  process.stdout.write(`Lượt device agent listening on ${agent.url}\ntoken: ${agent.token}\n`);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await agent.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // PrinterOptionsError and friends carry a typed error with both languages.
    const typed = (err as { error?: { message?: { en?: string; vi?: string } } }).error?.message;
    process.stderr.write(typed ? `${typed.en}\n${typed.vi}\n` : `Agent failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
