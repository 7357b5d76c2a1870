import type { DeviceApi, HallSnapshot, ProcedureView } from '@luot/protocol/plain';
import type { DossierForm } from './dossier/dossier-form';
import { useI18n } from './hooks/use-i18n';
import type { Route } from './navigation';
import { DossierChecklistScreen } from './screens/DossierChecklistScreen';
import { DossierConfirmScreen } from './screens/DossierConfirmScreen';
import { DossierDepartmentScreen } from './screens/DossierDepartmentScreen';
import { DossierFormScreen } from './screens/DossierFormScreen';
import { DossierStartScreen } from './screens/DossierStartScreen';
import { IssueErrorScreen } from './screens/IssueErrorScreen';
import { IssuingScreen } from './screens/IssuingScreen';

type DossierRoute = Extract<Route, { name: `dossier-${string}` }>;

export const isDossierRoute = (route: Route): route is DossierRoute => route.name.startsWith('dossier-');

interface DossierFlowProps {
  route: DossierRoute;
  hallName: string;
  snapshot: HallSnapshot;
  procedures: ProcedureView[];
  devices: DeviceApi;
  draft: DossierForm;
  setDraft: (form: DossierForm) => void;
  waitingForHub: boolean;
  /** Checks the draft again (nothing half-valid is sent) and registers it. */
  register: (procedure: ProcedureView, retryCommandId?: string) => void;
  push: (route: Route) => void;
  back: () => void;
  home: () => void;
}

/** The screens of "Nộp hồ sơ", from choosing the procedure to the registration's answer. */
export function DossierFlow({ route, hallName, snapshot, procedures, devices, draft, setDraft, waitingForHub, register, push, back, home }: DossierFlowProps) {
  const { t } = useI18n();
  const nav = { hallName, onBack: back, onHome: home };
  if (route.name === 'dossier-start') {
    const withProcedures = snapshot.departments.filter((d) => procedures.some((p) => p.department === d.code));
    return (
      <DossierStartScreen
        {...nav}
        departments={withProcedures}
        onDepartment={(department) => push({ name: 'dossier-department', department })}
        onSearch={() => push({ name: 'search', query: '', purpose: 'dossier' })}
      />
    );
  }
  if (route.name === 'dossier-department') {
    const department = snapshot.departments.find((d) => d.code === route.department);
    if (!department) return null;
    return (
      <DossierDepartmentScreen
        {...nav}
        department={department}
        procedures={procedures.filter((p) => p.department === department.code)}
        onProcedure={(code) => push({ name: 'dossier-checklist', procedure: code })}
      />
    );
  }
  const procedure = procedures.find((p) => p.code === route.procedure);
  if (!procedure) return null;
  switch (route.name) {
    case 'dossier-checklist':
      return <DossierChecklistScreen {...nav} procedure={procedure} onContinue={() => push({ name: 'dossier-form', procedure: procedure.code })} />;
    case 'dossier-form':
      return (
        <DossierFormScreen
          {...nav}
          procedure={procedure}
          form={draft}
          onChange={setDraft}
          devices={devices}
          now={() => Date.now()}
          onContinue={() => push({ name: 'dossier-confirm', procedure: procedure.code })}
        />
      );
    case 'dossier-confirm':
      return (
        <DossierConfirmScreen
          hallName={hallName}
          procedure={procedure}
          form={draft}
          onEdit={back}
          onHome={home}
          onConfirm={() => register(procedure)}
        />
      );
    case 'dossier-registering':
      return <IssuingScreen hallName={hallName} waitingForHub={waitingForHub} title={t('dossier.registering')} />;
    case 'dossier-error':
      return (
        <IssueErrorScreen
          hallName={hallName}
          title={t('dossier.errorTitle')}
          error={route.error}
          onHome={home}
          onRetry={() => {
            const { retryCommandId } = route;
            back();
            register(procedure, retryCommandId ?? undefined);
          }}
        />
      );
  }
}
