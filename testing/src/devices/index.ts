/** `@luot/testing/devices`: the device agent with a virtual printer or a counter's serial devices. */
export { agentParams, startPrinterAgent, startPrinterStation, type PrinterAgentOptions, type PrinterStation } from './printer-agent';
export { startCounterDevices, type CounterDevices } from './counter-devices';
export type { RunningAgent } from '@luot/hardware/agent/start-agent';
export { startVirtualPrinter, type OfflineMode, type VirtualPrinter } from '@luot/hardware/simulators/index';
