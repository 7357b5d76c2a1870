import type { ProcedureView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { ProcedureGuidance } from '../components/ProcedureGuidance';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

interface ProcedureScreenProps {
  hallName: string;
  procedure: ProcedureView;
  serviceName: string | null;
  onTakeNumber: () => void;
  onTakePriorityNumber: (() => void) | null;
  onBack: () => void;
  onHome: () => void;
}

/** One procedure's guidance, with "Lấy số" for the service that receives it. */
export function ProcedureScreen({ hallName, procedure, serviceName, onTakeNumber, onTakePriorityNumber, onBack, onHome }: ProcedureScreenProps) {
  const { t } = useI18n();
  return (
    <ScreenFrame
      name="procedure"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={procedure.name}
      footer={
        <div className="take-actions">
          <BigButton
            variant="primary"
            testId="take-number"
            icon={<UiIcon name="ticket" />}
            label={t('service.takeNumber')}
            detail={serviceName ?? undefined}
            onPress={onTakeNumber}
          />
          {onTakePriorityNumber ? (
            <BigButton variant="priority" testId="take-priority-number" icon={<UiIcon name="hand" />} label={t('service.takePriorityNumber')} onPress={onTakePriorityNumber} />
          ) : null}
        </div>
      }
    >
      <p className="screen-subtitle">
        {procedure.field} · {t('procedure.code', { code: procedure.code })}
      </p>
      <ProcedureGuidance procedure={procedure} />
    </ScreenFrame>
  );
}
