import type { DepartmentView } from '@luot/protocol';
import { BigButton } from '../components/BigButton';
import { DepartmentIcon } from '../components/DepartmentIcon';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

interface WelcomeScreenProps {
  hallName: string;
  departments: DepartmentView[];
  onDepartment: (code: string) => void;
  onSearch: () => void;
}

/**
 * Home: the departments as big pictures, and search. Tasks other than taking
 * a number (submitting or looking up a dossier) join `welcome-tasks` later.
 */
export function WelcomeScreen({ hallName, departments, onDepartment, onSearch }: WelcomeScreenProps) {
  const { t, pick } = useI18n();
  return (
    <ScreenFrame name="welcome" hallName={hallName}>
      <div className="welcome-head">
        <p className="welcome-greeting">{t('welcome.greeting')}</p>
        <h1 className="screen-title">{t('welcome.chooseDepartment')}</h1>
      </div>
      <div className="tile-grid" data-testid="departments">
        {departments.map((d) => (
          <BigButton
            key={d.code}
            testId={`department-${d.code}`}
            icon={<DepartmentIcon name={d.icon} />}
            label={pick(d.name)}
            onPress={() => onDepartment(d.code)}
          />
        ))}
        {departments.length === 0 ? <p className="notice">{t('welcome.noDepartments')}</p> : null}
      </div>
      <div className="welcome-tasks">
        <BigButton
          variant="secondary"
          testId="open-search"
          icon={<UiIcon name="search" />}
          label={t('welcome.search')}
          detail={t('welcome.searchHint')}
          onPress={onSearch}
        />
      </div>
    </ScreenFrame>
  );
}
