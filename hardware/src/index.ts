/**
 * @luot/hardware's public surface: the device service (one DeviceApi over the
 * printer and the serial devices), its config, its two transports (Electron
 * IPC handlers and the local agent), printing, and the simulators.
 */
export * from './printing/index';
export { createDeviceService, DeviceApiError, type DeviceService, type DeviceServiceDeps } from './device-service';
export {
  deviceServiceConfigSchema,
  loadDeviceServiceConfig,
  parseDeviceServiceConfig,
  type DeviceServiceConfig,
  type DeviceServiceConfigInput,
} from './device-service-config';
export { DEVICE_CHANNELS, type DeviceChannel, type DeviceInvokeMap, type DevicePushMap } from './ipc/channels';
export { registerDeviceIpc, type RegisterDeviceIpcOptions } from './ipc/register-ipc';
export { startVirtualPrinter, type VirtualPrinter, type VirtualPrintJob } from './simulators/virtual-printer';
