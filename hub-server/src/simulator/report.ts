/** The result of a simulated day: what `simulateDay` returns and the CLI prints. */
import type { ErrorCode } from '@luot/protocol';

export interface ServiceFigures {
  service: string;
  issued: number;
  served: number;
  noShows: number;
  /** Mean minutes from issue to first call (simulated time); null when none was called. */
  averageWaitMinutes: number | null;
}

export interface ErrorSample {
  event: string;
  code: ErrorCode | 'timeout' | 'disconnected';
  message: string;
}

export interface SimulationReport {
  seed: number;
  speed: number;
  /** Hall-local day the plan was built for. */
  day: string;
  /** Simulated clock at start and end, `HH:mm`. */
  simulatedFrom: string;
  simulatedUntil: string;
  realDurationMs: number;
  counters: number[];
  officers: string[];
  tickets: {
    /** Citizens in the plan. */
    planned: number;
    /** Tickets the hub issued. */
    issued: number;
    /** Kiosk requests the hub refused for a reason a citizen would see (hours, cut-off, daily cap). */
    refused: number;
    /** Distinct tickets called at least once. */
    called: number;
    /** Finished (`done`). */
    served: number;
    noShows: number;
    /** Transfer commands acknowledged. */
    transfers: number;
    /** Issued tickets still waiting, called or being served when the day ended. */
    stillWaiting: number;
    /** Issued tickets with a priority class. */
    priority: number;
  };
  ratings: {
    /** Ratings recorded (answers and no-answers). */
    recorded: number;
    /** Answers by value, `"1"` … `"5"`. */
    byValue: Record<string, number>;
    noAnswer: number;
  };
  commands: {
    /** socket.io commands emitted, retries included. */
    sent: number;
    ok: number;
    failed: number;
    /** Re-sends of the same commandId after an ack timed out. */
    retried: number;
    byEvent: Record<string, number>;
    /** HTTP logins. */
    logins: number;
  };
  errors: {
    total: number;
    byCode: Partial<Record<ErrorSample['code'], number>>;
    /** Errors other than the refusals counted in `tickets.refused`. */
    unexpected: number;
    /** The first few errors, for diagnosis. */
    samples: ErrorSample[];
  };
  times: {
    /** Mean minutes from issue to first call, simulated time. */
    averageWaitMinutes: number | null;
    maxWaitMinutes: number | null;
    /** Mean minutes at the counter per visit (start of serving to finish or transfer), simulated time. */
    averageServiceMinutes: number | null;
  };
  checks: {
    /** A ticket called at one counter while another still held it (seen on the hub's event stream). */
    doubleCalls: number;
    /** Holes in the hub's broadcast sequence seen by the observing socket. */
    sequenceGaps: number;
    /** issued − served − noShows − stillWaiting: 0 when every ticket is accounted for. */
    unaccounted: number;
  };
  perService: ServiceFigures[];
}
