import type { DepartmentView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { DepartmentIcon } from '../components/DepartmentIcon';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

interface DossierStartScreenProps {
  hallName: string;
  /** Departments with at least one procedure in the catalogue. */
  departments: DepartmentView[];
  onDepartment: (code: string) => void;
  onSearch: () => void;
  onBack: () => void;
  onHome: () => void;
}

/** "Nộp hồ sơ", step 1: find the procedure by area (pictures) or by typing its name. */
export function DossierStartScreen({ hallName, departments, onDepartment, onSearch, onBack, onHome }: DossierStartScreenProps) {
  const { t, pick } = useI18n();
  return (
    <ScreenFrame
      name="dossier-start"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={
        <>
          <UiIcon name="folder" /> {t('dossier.title')}
        </>
      }
    >
      <p className="screen-subtitle">{t('dossier.chooseDepartment')}</p>
      <BigButton variant="secondary" testId="dossier-search" icon={<UiIcon name="search" />} label={t('welcome.search')} detail={t('welcome.searchHint')} onPress={onSearch} />
      <div className="tile-grid" data-testid="dossier-departments">
        {departments.map((d) => (
          <BigButton key={d.code} testId={`dossier-department-${d.code}`} icon={<DepartmentIcon name={d.icon} />} label={pick(d.name)} onPress={() => onDepartment(d.code)} />
        ))}
      </div>
    </ScreenFrame>
  );
}
