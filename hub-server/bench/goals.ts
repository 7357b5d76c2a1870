/**
 * Every goal of the bench judged the same way, so a program can check a run:
 * one entry per goal, `{ name, value, unit, goal, met }`, and the run's exit
 * code says whether any was missed.
 */

export interface Goal {
  name: string;
  /** The measured figure; null when the measure could not be taken (then `met` is null too). */
  value: number | null;
  unit: string;
  /** The bar as written in the issue, e.g. ">= 0.8" or "<= 150". */
  goal: string;
  /** null: not measured on this machine (no Chromium, no year database): reported, not failed. */
  met: boolean | null;
  note?: string;
}

type Comparison = '>=' | '<=' | '<' | '==';

const holds = (value: number, op: Comparison, bar: number): boolean => {
  switch (op) {
    case '>=':
      return value >= bar;
    case '<=':
      return value <= bar;
    case '<':
      return value < bar;
    case '==':
      return value === bar;
  }
};

/**
 * Judges one figure against its bar. `alsoRequired` lets a goal fail on something
 * beside the figure (a ratio met while tickets were refused is not met).
 */
export function judge(name: string, value: number | null, unit: string, op: Comparison, bar: number, options: { alsoRequired?: boolean; note?: string } = {}): Goal {
  const met = value === null || Number.isNaN(value) ? null : holds(value, op, bar) && options.alsoRequired !== false;
  return { name, value: value === null || Number.isNaN(value) ? null : value, unit, goal: `${op} ${bar}`, met, ...(options.note ? { note: options.note } : {}) };
}

/** A goal that could not be measured here, with the reason (reported, never counted as met). */
export function notMeasured(name: string, unit: string, op: Comparison, bar: number, reason: string): Goal {
  return { name, value: null, unit, goal: `${op} ${bar}`, met: null, note: reason };
}

/** The goals a run missed; a non-empty list makes the run exit non-zero. */
export const missedGoals = (goals: readonly Goal[]): Goal[] => goals.filter((g) => g.met === false);

export const goalMark = (met: boolean | null): string => (met === null ? 'n/a' : met ? 'met' : 'MISSED');
