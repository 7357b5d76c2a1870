/**
 * `@luot/testing`: a real hub on port 0 and real socket.io clients, for any
 * package's tests. Kept free of Chromium and serial ports so hub tests load
 * fast; those live in `@luot/testing/browser` and `@luot/testing/devices`.
 */
export { MONDAY_9AM, startTestHub, type TestHub, type TestHubOptions } from './hub/test-hub';
export { createContractRecorder, inContract, openApiPath, type Answer, type ContractRecorder } from './hub/openapi-contract';
export { registeredRoutes } from './hub/registered-routes';
export * from './hub/clients';
export { testCertificate } from './hub/test-certificate';
export * from './hub/test-hall';
export * from './hub/dossier-fixtures';
export { until } from './until';
export * from './notify';
