import type { ProcedureView, ServiceLoad, ServiceView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { LoadInfo } from '../components/LoadInfo';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

interface ServiceScreenProps {
  hallName: string;
  service: ServiceView;
  load: ServiceLoad | undefined;
  procedures: ProcedureView[];
  onTakeNumber: () => void;
  onTakePriorityNumber: (() => void) | null;
  onProcedure: (code: string) => void;
  onBack: () => void;
  onHome: () => void;
}

/** "Lấy số" first, big; the service's procedures below for those who want to check their papers. */
export function ServiceScreen(props: ServiceScreenProps) {
  const { hallName, service, load, procedures, onTakeNumber, onTakePriorityNumber, onProcedure, onBack, onHome } = props;
  const { t, pick } = useI18n();
  return (
    <ScreenFrame
      name="service"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={pick(service.name)}
      footer={
        <div className="take-actions">
          <BigButton variant="primary" testId="take-number" icon={<UiIcon name="ticket" />} label={t('service.takeNumber')} onPress={onTakeNumber} />
          {onTakePriorityNumber ? (
            <BigButton
              variant="priority"
              testId="take-priority-number"
              icon={<UiIcon name="hand" />}
              label={t('service.takePriorityNumber')}
              onPress={onTakePriorityNumber}
            />
          ) : null}
        </div>
      }
    >
      <div className="service-load">
        <LoadInfo load={load} />
      </div>
      <h2 className="section-title">
        <UiIcon name="documents" /> {t('service.guidance')}
      </h2>
      {procedures.length === 0 ? <p className="notice">{t('service.noProcedures')}</p> : null}
      <div className="tile-list compact">
        {procedures.map((p) => (
          <BigButton key={p.code} variant="quiet" testId={`procedure-${p.code}`} label={p.name} detail={p.field} onPress={() => onProcedure(p.code)} />
        ))}
      </div>
    </ScreenFrame>
  );
}
