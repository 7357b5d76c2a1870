import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { AuditLogPanel } from '../components/AuditLogPanel';
import type { SectionProps } from './section-props';

// Loaded on this section only: the charting library stays out of the officers' console and the hall's first view.
const PeriodReportPanel = lazy(() => import('../components/PeriodReportPanel').then((m) => ({ default: m.PeriodReportPanel })));

/** "Báo cáo": reports over any period, and the audit log for admins. */
export function ReportsSection({ session, hall }: SectionProps) {
  const { t } = useI18n();
  return (
    <main className="supervisor-grid" aria-label={t('nav.reports')}>
      {session.token !== null && (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <PeriodReportPanel token={session.token} today={hall.day} />
        </Suspense>
      )}
      {session.role === 'admin' && <AuditLogPanel token={session.token} />}
    </main>
  );
}
