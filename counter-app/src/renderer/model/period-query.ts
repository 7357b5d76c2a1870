/** The supervisor's period picker as the report's query string. Pure. */
import type { PeriodKind } from '@luot/protocol';

export type PeriodChoice = { kind: PeriodKind; date: string } | { kind: 'range'; from: string; to: string };

export function periodQuery(choice: PeriodChoice): string {
  const params: Record<string, string> = choice.kind === 'range' ? { from: choice.from, to: choice.to } : { period: choice.kind, date: choice.date };
  return new URLSearchParams(params).toString();
}
