/** The day's figures: what supervisors and officers see, and the source of rating reports. */

export interface RatingTally {
  /** Votes per level (1 = least satisfied … 5 = most). */
  votes: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Finished tickets whose citizen gave no answer in time. */
  noAnswer: number;
  /** Share of answers at the satisfied levels (4–5 on a 5-level scale, 3–5 on a 3-level one), 0–100; null without answers. */
  satisfiedPercent: number | null;
}

export interface ServiceFigures {
  service: string;
  issued: number;
  served: number;
  noShow: number;
  waiting: number;
  averageWaitMinutes: number | null;
  averageServiceMinutes: number | null;
}

export interface CounterFigures {
  counter: number;
  served: number;
  averageServiceMinutes: number | null;
  ratings: RatingTally;
}

export interface OfficerFigures {
  officerId: string;
  username: string;
  name: string;
  served: number;
  averageServiceMinutes: number | null;
  ratings: RatingTally;
}

export interface DepartmentFigures {
  department: string;
  served: number;
  ratings: RatingTally;
}

export interface DayReport {
  day: string;
  totals: ServiceFigures & { ratings: RatingTally };
  services: ServiceFigures[];
  counters: CounterFigures[];
  officers: OfficerFigures[];
  departments: DepartmentFigures[];
}
