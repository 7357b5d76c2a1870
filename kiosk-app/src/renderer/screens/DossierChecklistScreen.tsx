import { useState } from 'react';
import type { ProcedureView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { ScreenFrame } from '../components/ScreenFrame';
import { DocumentCount } from '../components/DocumentCount';
import { ProcedureFacts } from '../components/ProcedureFacts';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

interface DossierChecklistScreenProps {
  hallName: string;
  procedure: ProcedureView;
  onContinue: () => void;
  onBack: () => void;
  onHome: () => void;
}

/**
 * The procedure's required papers as a checklist the citizen can tick (only
 * for themselves: the officer counts what was received), with the processing
 * time and fee from the catalogue.
 */
export function DossierChecklistScreen({ hallName, procedure, onContinue, onBack, onHome }: DossierChecklistScreenProps) {
  const { t } = useI18n();
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setTicked((s) => {
      const next = new Set(s);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <ScreenFrame
      name="dossier-checklist"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={procedure.name}
      footer={
        <div className="take-actions">
          <BigButton variant="primary" testId="checklist-continue" icon={<UiIcon name="idCard" />} label={t('dossier.continue')} onPress={onContinue} />
        </div>
      }
    >
      <p className="screen-subtitle">{t('dossier.checklistIntro')}</p>
      <ul className="checklist" data-testid="checklist">
        {procedure.documents.map((d, i) => (
          <li key={`${i}-${d.name}`}>
            <button type="button" className={`checklist-item${ticked.has(i) ? ' ticked' : ''}`} aria-pressed={ticked.has(i)} onClick={() => toggle(i)} data-testid={`checklist-item-${i}`}>
              <span className="checkbox">{ticked.has(i) ? <UiIcon name="check" /> : null}</span>
              <span className="checklist-text">
                <span className="document-name">{d.name}</span>
                <DocumentCount document={d} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ProcedureFacts procedure={procedure} />
    </ScreenFrame>
  );
}
