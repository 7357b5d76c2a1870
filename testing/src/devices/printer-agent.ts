/**
 * A printer station as on a kiosk or a counter PC: a virtual network printer
 * behind the real local device agent, so browser tests print through the same
 * code as the hall (DESIGN.md "Devices").
 */
import type { PrinterState } from '@luot/protocol';
import { startAgent, type RunningAgent } from '@luot/hardware/agent/start-agent';
import { parseDeviceServiceConfig } from '@luot/hardware';
import { startVirtualPrinter, type VirtualPrinter } from '@luot/hardware/simulators/index';

export interface PrinterAgentOptions {
  /** Text mode puts the ticket's characters in the printed bytes (with TCVN-3), so a test can read them. */
  mode?: 'raster' | 'text';
  /** How often the agent asks the printer for its status (ms). */
  statusPollMs?: number;
}

/** The device agent driving the printer at `target` (the agent's default mode unless `mode`), letting pages served by `hubUrl` talk to it. */
export async function startPrinterAgent(hubUrl: string, target: string, options: PrinterAgentOptions = {}): Promise<RunningAgent> {
  const mode = options.mode;
  const parsed = parseDeviceServiceConfig({
    printer: { target, ...(mode ? { mode } : {}), ...(mode === 'text' ? { codepage: 'tcvn3' } : {}), timeoutMs: 1500 },
    statusPollMs: options.statusPollMs ?? 500,
    agent: { port: 0, allowedOrigins: [hubUrl] },
  });
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return startAgent({ config: parsed.value });
}

/** The URL parameters a kiosk or counter page needs to reach `agent`. */
export const agentParams = (agent: RunningAgent): Record<string, string> => ({ agent: agent.url, agentToken: agent.token });

export interface PrinterStation {
  printer: VirtualPrinter;
  agent: RunningAgent;
  /** `agent=…&agentToken=…` for the page's URL. */
  params: string;
  close(): Promise<void>;
}

/** A virtual printer (in `state`) and its agent; `close` stops both. */
export async function startPrinterStation(hubUrl: string, options: PrinterAgentOptions & { state?: PrinterState } = {}): Promise<PrinterStation> {
  const printer = await startVirtualPrinter({ port: 0, ...(options.state ? { state: options.state } : {}) });
  try {
    const agent = await startPrinterAgent(hubUrl, printer.target, options);
    return {
      printer,
      agent,
      params: new URLSearchParams(agentParams(agent)).toString(),
      async close() {
        await agent.close().catch(() => undefined);
        await printer.close().catch(() => undefined);
      },
    };
  } catch (err) {
    await printer.close();
    throw err;
  }
}
