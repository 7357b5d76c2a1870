import type { ServiceLoad } from '@luot/protocol/plain';
import { useI18n } from '../hooks/use-i18n';
import { UiIcon } from './UiIcon';

/** Waiting count and estimated wait of a service, from the live hall view. */
export function LoadInfo({ load }: { load: ServiceLoad | undefined }) {
  const { t } = useI18n();
  if (!load) return null;
  if (!load.issuing) return <span className="load load-closed">{t('service.notIssuing')}</span>;
  return (
    <span className="load">
      <span className="load-item" data-testid="load-waiting">
        <UiIcon name="people" /> {t('service.waiting', { count: load.waiting })}
      </span>
      <span className="load-item">
        <UiIcon name="clock" />{' '}
        {load.estimatedWaitMinutes === null ? t('service.waitUnknown') : t('service.wait', { minutes: load.estimatedWaitMinutes })}
      </span>
    </span>
  );
}
