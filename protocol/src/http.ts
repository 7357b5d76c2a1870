/** Shapes of the HTTP API under `/api/v1` (see hub-server/openapi.yaml). */
import type { LocalizedText } from './result';
import type { Outcome, PriorityClass, TicketState, TicketView } from './queue';

export const API_BASE = '/api/v1';

export interface ServiceSummary {
  code: string;
  name: LocalizedText;
  department: string;
  waiting: number;
  estimatedWaitMinutes: number | null;
  issuing: boolean;
}

export interface IssuedTicket {
  id: string;
  code: string;
  number: number;
  service: string;
  state: TicketState;
  priority: PriorityClass;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  issuedAt: number;
}

/** Public "track my ticket" status: no personal data. */
export interface PublicTicketStatus {
  id: string;
  code: string;
  service: string;
  serviceName: LocalizedText;
  state: TicketState;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  counter: number | null;
}

export interface LoginResponse {
  token: string;
  user: { id: string; username: string; name: string; role: 'officer' | 'supervisor' | 'admin' };
  expiresAt: number;
  /** The password came from a config file: until POST /auth/password changes it, the session does nothing else. */
  mustChangePassword: boolean;
}

export interface FinishRequest {
  outcome: Outcome;
}

export type CounterActionResponse = TicketView | null;
