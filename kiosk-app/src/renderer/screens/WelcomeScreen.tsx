import type { DepartmentView } from '@luot/protocol/plain';
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
  onSubmitDossier: () => void;
  onLookupDossier: () => void;
  /** "Nhận kết quả"; absent: the hall offers no return of results at the kiosk. */
  onCollectResult?: () => void;
  /** Shown when the hall takes bookings. */
  onCheckIn?: (() => void) | null;
}

/**
 * Home: the departments as big pictures (take a number), and the other
 * tasks in `welcome-tasks`: search, submit a dossier, look one up.
 */
export function WelcomeScreen({ hallName, departments, onDepartment, onSearch, onSubmitDossier, onLookupDossier, onCollectResult, onCheckIn }: WelcomeScreenProps) {
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
        <BigButton
          variant="secondary"
          testId="open-dossier"
          icon={<UiIcon name="folder" />}
          label={t('welcome.submitDossier')}
          detail={t('welcome.submitDossierHint')}
          onPress={onSubmitDossier}
        />
        <BigButton
          variant="secondary"
          testId="open-lookup"
          icon={<UiIcon name="qr" />}
          label={t('welcome.lookupDossier')}
          detail={t('welcome.lookupDossierHint')}
          onPress={onLookupDossier}
        />
        {onCollectResult ? (
          <BigButton
            variant="secondary"
            testId="open-collect"
            icon={<UiIcon name="documents" />}
            label={t('welcome.collectResult')}
            detail={t('welcome.collectResultHint')}
            onPress={onCollectResult}
          />
        ) : null}
        {onCheckIn ? (
          <BigButton
            variant="secondary"
            testId="open-check-in"
            icon={<UiIcon name="qr" />}
            label={t('welcome.checkIn')}
            detail={t('welcome.checkInHint')}
            onPress={onCheckIn}
          />
        ) : null}
      </div>
    </ScreenFrame>
  );
}
