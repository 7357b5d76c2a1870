import type { DepartmentView, ServiceLoad, ServiceView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { DepartmentIcon } from '../components/DepartmentIcon';
import { LoadInfo } from '../components/LoadInfo';
import { ScreenFrame } from '../components/ScreenFrame';
import { useI18n } from '../hooks/use-i18n';

interface ServicesScreenProps {
  hallName: string;
  department: DepartmentView;
  services: ServiceView[];
  loads: ServiceLoad[];
  onService: (code: string) => void;
  onBack: () => void;
  onHome: () => void;
}

/** The services of one department, each with its live queue. */
export function ServicesScreen({ hallName, department, services, loads, onService, onBack, onHome }: ServicesScreenProps) {
  const { t, pick } = useI18n();
  return (
    <ScreenFrame
      name="services"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <DepartmentIcon name={department.icon} /> {pick(department.name)}
        </>
      }
    >
      <p className="screen-subtitle">{t('department.chooseService')}</p>
      <div className="tile-list" data-testid="services">
        {services.map((s) => (
          <BigButton
            key={s.code}
            testId={`service-${s.code}`}
            label={pick(s.name)}
            detail={<LoadInfo load={loads.find((l) => l.service === s.code)} />}
            onPress={() => onService(s.code)}
          />
        ))}
      </div>
    </ScreenFrame>
  );
}
