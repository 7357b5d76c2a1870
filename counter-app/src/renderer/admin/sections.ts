/**
 * The admin console's sections, in the order of the nav. Another screen joins
 * the console with one line here (its id is also its `#hash` in the URL).
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/i18n';
import type { SectionProps } from './section-props';
import { TodaySection } from './TodaySection';
import { ReportsSection } from './ReportsSection';
import { HallSection } from './HallSection';
import { ServicesSection } from './ServicesSection';
import { CountersSection } from './CountersSection';
import { CalendarSection } from './CalendarSection';
import { ProceduresSection } from './ProceduresSection';
import { RevisionsSection } from './RevisionsSection';
import { OfficersSection } from './OfficersSection';
import { DevicesSection } from './DevicesSection';

export interface AdminSection {
  id: string;
  label: MessageKey;
  view: ComponentType<SectionProps>;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: 'today', label: 'nav.today', view: TodaySection },
  { id: 'reports', label: 'nav.reports', view: ReportsSection },
  { id: 'hall', label: 'nav.hall', view: HallSection },
  { id: 'services', label: 'nav.services', view: ServicesSection },
  { id: 'counters', label: 'nav.counters', view: CountersSection },
  { id: 'calendar', label: 'nav.calendar', view: CalendarSection },
  { id: 'procedures', label: 'nav.procedures', view: ProceduresSection },
  { id: 'revisions', label: 'nav.revisions', view: RevisionsSection },
  { id: 'officers', label: 'nav.officers', view: OfficersSection },
  { id: 'devices', label: 'nav.devices', view: DevicesSection },
];
