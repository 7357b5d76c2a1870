export { createHubClient, type HubClient, type HubClientOptions, type LinkState, type LinkStatus } from './hub-client';
export { sequenceEvents, type HallListener, type ResyncReason, type Sequenced } from './hall-stream';
export { backoffDelay, backoffSchedule, DEFAULT_RECONNECT_POLICY, type Backoff, type ReconnectPolicy } from './reconnect-policy';
export { DEFAULT_COMMAND_OPTIONS, newCommandId, type CommandOptions } from './command-retry';
export { refusalOf } from './refusal';
export { staffLogin } from './staff-login';
export { staffLogout } from './staff-logout';
export type { ClientToServerMaps, ClientToServerOf, CommandEvent, CommandPayload, QueryEvent } from './namespaces';
export { isLuotError, type AckValue, type PayloadOf } from '@luot/protocol';
