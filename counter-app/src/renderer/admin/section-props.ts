import type { HallSnapshot } from '@luot/protocol';
import type { AdminSession } from '../admin-session';

/** What every section of the admin console is given. */
export interface SectionProps {
  session: AdminSession;
  hall: HallSnapshot;
  /** Admins change the hall's config; supervisors see it read-only. */
  canEdit: boolean;
}
