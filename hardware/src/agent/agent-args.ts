/** Command-line arguments of the device agent. */
import { parseArgs } from 'node:util';

export const AGENT_USAGE = `Lượt device agent — the kiosk/counter devices over HTTP on 127.0.0.1

Usage: npm run agent -w @luot/hardware -- --config <file.json> [options]

  --config <file>      device config (JSON): printer, serial ports, hub (see hardware/README.md)
  --port <n>           listen on this port (default: the config's agent.port, else 17817; 0 = any)
  --token-file <file>  also write the per-launch token to this file (mode 600)
  --help               show this help

Every request needs "Authorization: Bearer <token>" (GET /events also takes ?token=).
`;

export type AgentArgs = { help: true } | { help: false; config: string; port?: number; tokenFile?: string };

export function parseAgentArgs(argv: string[]): { ok: true; value: AgentArgs } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: 'string' },
        port: { type: 'string' },
        'token-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  if (values.help) return { ok: true, value: { help: true } };
  if (!values.config) return { ok: false, message: '--config <file> is required' };
  const args: AgentArgs = { help: false, config: values.config };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) return { ok: false, message: `--port ${values.port} is not 0–65535` };
    args.port = port;
  }
  if (values['token-file']) args.tokenFile = values['token-file'];
  return { ok: true, value: args };
}
