/**
 * How long the staff screens' commands try: an officer waits at most this
 * long before "the hub cannot be reached" (as before the shared client); a
 * lost ack inside that time is sent again with the same commandId.
 */
export const COMMAND_OPTIONS = { deadlineMs: 10_000, attemptTimeoutMs: 5_000 } as const;
