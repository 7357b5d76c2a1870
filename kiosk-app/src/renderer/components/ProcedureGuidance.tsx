import type { ProcedureView } from '@luot/protocol/plain';
import { useI18n } from '../hooks/use-i18n';
import { DocumentCount } from './DocumentCount';
import { ProcedureFacts } from './ProcedureFacts';
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
              <DocumentCount document={d} />
            </li>
          ))}
        </ol>
      </section>
      <ProcedureFacts procedure={procedure} showOnline />
    </div>
  );
}
