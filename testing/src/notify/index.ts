export * from './fake-sms-gateway';
