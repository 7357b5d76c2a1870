import type { DepartmentView, ProcedureView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { DepartmentIcon } from '../components/DepartmentIcon';
import { ScreenFrame } from '../components/ScreenFrame';
import { useI18n } from '../hooks/use-i18n';

interface DossierDepartmentScreenProps {
  hallName: string;
  department: DepartmentView;
  procedures: ProcedureView[];
  onProcedure: (code: string) => void;
  onBack: () => void;
  onHome: () => void;
}

/** The procedures of one department, to submit a dossier for. */
export function DossierDepartmentScreen({ hallName, department, procedures, onProcedure, onBack, onHome }: DossierDepartmentScreenProps) {
  const { t, pick } = useI18n();
  return (
    <ScreenFrame
      name="dossier-department"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <DepartmentIcon name={department.icon} /> {pick(department.name)}
        </>
      }
    >
      <p className="screen-subtitle">{t('dossier.chooseProcedure')}</p>
      {procedures.length === 0 ? <p className="notice">{t('dossier.noProcedures')}</p> : null}
      <div className="tile-list compact" data-testid="dossier-procedures">
        {procedures.map((p) => (
          <BigButton key={p.code} variant="quiet" testId={`dossier-procedure-${p.code}`} label={p.name} detail={p.field} onPress={() => onProcedure(p.code)} />
        ))}
      </div>
    </ScreenFrame>
  );
}
