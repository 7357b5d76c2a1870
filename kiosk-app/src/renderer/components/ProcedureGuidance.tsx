import type { ProcedureView } from '@luot/protocol';
import { useI18n } from '../hooks/use-i18n';
import { UiIcon } from './UiIcon';

/** What to bring, how long it takes, what it costs: the catalogue's guidance for one procedure. */
export function ProcedureGuidance({ procedure }: { procedure: ProcedureView }) {
  const { t } = useI18n();
  return (
    <div className="guidance" data-testid="procedure-guidance">
      <section className="guidance-block">
        <h3>
          <UiIcon name="documents" /> {t('procedure.documents')}
        </h3>
        <ol className="documents">
          {procedure.documents.map((d) => (
            <li key={d.name}>
              <span className="document-name">{d.name}</span>
              <span className="document-count">
                {[d.originals > 0 ? t('procedure.original', { count: d.originals }) : null, d.copies > 0 ? t('procedure.copy', { count: d.copies }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <div className="guidance-facts">
        <section className="guidance-block">
          <h3>
            <UiIcon name="clock" /> {t('procedure.time')}
          </h3>
          <p>{procedure.processingTime.inPerson}</p>
          {procedure.processingTime.online ? <p className="muted">{t('procedure.timeOnline', { time: procedure.processingTime.online })}</p> : null}
        </section>
        <section className="guidance-block">
          <h3>
            <UiIcon name="money" /> {t('procedure.fee')}
          </h3>
          <p>{procedure.fee}</p>
        </section>
      </div>
    </div>
  );
}
