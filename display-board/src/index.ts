/** What other packages may reuse: the pure Vietnamese reading and announcement building. */
export * from './voice/voice-word';
export * from './voice/vietnamese-numbers';
export * from './voice/ticket-reading';
export * from './voice/english-reading';
export * from './voice/phrase-template';
export * from './voice/announcement';
export { Announcer, type AnnouncementRecord, type PlaybackBackend } from './voice/announcer';
