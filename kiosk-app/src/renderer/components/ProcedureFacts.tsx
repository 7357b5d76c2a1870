import type { ProcedureView } from '@luot/protocol/plain';
import { useI18n } from '../hooks/use-i18n';
import { UiIcon } from './UiIcon';

/** How long a procedure takes and what it costs (with the online time where the guidance shows it). */
export function ProcedureFacts({ procedure, showOnline = false }: { procedure: ProcedureView; showOnline?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="guidance-facts">
      <section className="guidance-block">
        <h3>
          <UiIcon name="clock" /> {t('procedure.time')}
        </h3>
        <p>{procedure.processingTime.inPerson}</p>
        {showOnline && procedure.processingTime.online ? <p className="muted">{t('procedure.timeOnline', { time: procedure.processingTime.online })}</p> : null}
      </section>
      <section className="guidance-block">
        <h3>
          <UiIcon name="money" /> {t('procedure.fee')}
        </h3>
        <p>{procedure.fee}</p>
      </section>
    </div>
  );
}
