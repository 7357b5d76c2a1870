import { useCallback, useMemo, useState } from 'react';
import type { DeviceApi, PriorityClass } from '@luot/protocol/plain';
import { IdleWarning } from './components/IdleWarning';
import { DossierFlow, isDossierRoute } from './DossierFlow';
import { EMPTY_FORM, checkDossierForm, type DossierForm } from './dossier/dossier-form';
import { useHub } from './hooks/use-hub';
import { useI18n } from './hooks/use-i18n';
import { useIdleTimer } from './hooks/use-idle-timer';
import { usePrinter } from './hooks/use-printer';
import { useCollectResult } from './hooks/use-collect-result';
import { useRegisterDossier } from './hooks/use-register-dossier';
import { useTakeNumber } from './hooks/use-take-number';
import { useCheckIn } from './hooks/use-check-in';
import type { KioskHub } from './kiosk-hub';
import type { KioskConfig } from './kiosk-config';
import { idleKindFor, type Route } from './navigation';
import { buildProcedureIndex } from './search/procedure-search';
import { CollectResultScreen } from './screens/CollectResultScreen';
import { IssueErrorScreen } from './screens/IssueErrorScreen';
import { IssuingScreen } from './screens/IssuingScreen';
import { LookupScreen } from './screens/LookupScreen';
import { CheckInScreen } from './screens/CheckInScreen';
import { OutOfServiceScreen } from './screens/OutOfServiceScreen';
import { PrinterProblemScreen } from './screens/PrinterProblemScreen';
import { PriorityScreen } from './screens/PriorityScreen';
import { PhoneOfferScreen } from './screens/PhoneOfferScreen';
import { ProcedureScreen } from './screens/ProcedureScreen';
import { SearchScreen } from './screens/SearchScreen';
import { ServiceScreen } from './screens/ServiceScreen';
import { ServicesScreen } from './screens/ServicesScreen';
import { TicketScreen } from './screens/TicketScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';
import { useDisplayMode } from './settings/display-mode';
import { KioskSettingsContext, effectiveSettings } from './settings/kiosk-settings';
import { GuidanceContext } from './voice/guidance-context';
import { IDLE_UTTERANCE, OUT_OF_SERVICE_UTTERANCE, guidanceFor } from './voice/screen-guidance';
import { useSpokenGuidance } from './voice/use-spoken-guidance';

const HOME: Route = { name: 'welcome' };

interface AppProps {
  config: KioskConfig;
  hub: KioskHub;
  devices: DeviceApi;
}

export function App({ config, hub, devices }: AppProps) {
  const hubState = useHub(hub);
  const { snapshot, procedures } = hubState;
  const { t, pick, language, setLanguage } = useI18n();
  const { setLargeText } = useDisplayMode();
  const printer = usePrinter(devices, hub);
  const [stack, setStack] = useState<Route[]>([HOME]);
  const route = stack[stack.length - 1] ?? HOME;

  const push = useCallback((r: Route) => setStack((s) => [...s, r]), []);
  const replaceTop = useCallback((r: Route) => setStack((s) => [...s.slice(0, -1), r]), []);
  const reset = useCallback((r: Route) => setStack([r]), []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);

  const { takeNumber, waitingForHub, endVisit } = useTakeNumber({
    hub,
    devices,
    hubUrl: config.hubUrl,
    checkPrinter: printer.check,
    push,
    reset,
    replaceTop,
  });

  // The walk-in dossier being filled: personal data, kept here (not in the
  // route stack) for the visit only and dropped when the kiosk goes home.
  const [draft, setDraft] = useState<DossierForm>(EMPTY_FORM);
  const dossier = useRegisterDossier({ hub, devices, hubUrl: config.hubUrl, checkPrinter: printer.check, push, reset, replaceTop });
  const endDossierVisit = dossier.endVisit;
  const collectResult = useCollectResult({ hub, devices, hubUrl: config.hubUrl, checkPrinter: printer.check, reset });
  const { endVisit: endCollectVisit, clear: clearCollect } = collectResult;
  const booking = useCheckIn({ hub, devices, hubUrl: config.hubUrl, checkPrinter: printer.check, reset });
  const endCheckInVisit = booking.endVisit;

  const home = useCallback(() => {
    endVisit();
    endDossierVisit();
    endCollectVisit();
    clearCollect();
    endCheckInVisit();
    setDraft(EMPTY_FORM);
    setStack([HOME]);
    // The next citizen starts in the kiosk's own language, with normal text.
    setLanguage(config.startLanguage);
    setLargeText(false);
  }, [endVisit, endDossierVisit, endCollectVisit, clearCollect, endCheckInVisit, setLanguage, setLargeText, config.startLanguage]);

  const online = hubState.status === 'online';
  // A form the citizen is filling gets longer (every touch restarts it, and it warns first); then home drops its data.
  // On welcome in another language, home (without a warning) brings back the kiosk's own language.
  const idle = idleKindFor(route.name, language === config.startLanguage);
  const onForm = idle === 'form';
  const idleLeft = useIdleTimer({
    enabled: idle !== 'none',
    idleSeconds: onForm ? config.formIdleSeconds : config.idleSeconds,
    warningSeconds: onForm ? config.formIdleWarningSeconds : idle === 'language' ? 0 : config.idleWarningSeconds,
    onIdle: home,
    resetKey: stack.length,
  });

  const settings = effectiveSettings(config, snapshot?.hall ?? null);
  // What the kiosk says now: the connection lost, the idle warning, else the screen's own guidance.
  const utterance = !online && snapshot ? OUT_OF_SERVICE_UTTERANCE : idleLeft !== null && online ? IDLE_UTTERANCE : guidanceFor(route);
  const repeatGuidance = useSpokenGuidance(utterance, settings.voice, `${config.hubUrl}/display/voice/vi/`);

  const searchIndex = useMemo(() => {
    const departmentNames = new Map(snapshot?.departments.map((d) => [d.code, `${d.name.vi} ${d.name.en}`]) ?? []);
    // The service code is a keyword list the hall chose ("dang-ky-kinh-doanh"), so it is searched too.
    const serviceNames = new Map(snapshot?.services.map((s) => [s.code, `${s.name.vi} ${s.name.en} ${s.code}`]) ?? []);
    return buildProcedureIndex(
      procedures.map((p) => ({ procedure: p, extraText: `${departmentNames.get(p.department) ?? ''} ${serviceNames.get(p.service) ?? ''}` })),
    );
  }, [procedures, snapshot?.departments, snapshot?.services]);

  if (!snapshot) {
    return hubState.status === 'connecting' ? <div className="screen screen-loading" data-screen="loading"><div className="spinner" /></div> : <OutOfServiceScreen refused={hubState.status === 'refused'} />;
  }

  const hallName = pick(snapshot.hall.name);
  const serviceByCode = (code: string) => snapshot.services.find((s) => s.code === code);
  const allowsPriority = (code: string) => (serviceByCode(code)?.priorities ?? []).some((p) => p !== 'none');
  const phoneOffer = snapshot.hall.kiosk?.phoneOffer;
  // With the hall's phone offer, each number goes through "Nhận tin nhắn khi sắp đến lượt?" first (one touch to skip).
  const take = (service: string, priority: PriorityClass) =>
    phoneOffer ? push({ name: 'phone-offer', service, priority }) : void takeNumber(service, priority);
  const takeRegular = (service: string) => take(service, 'none');
  const priorityFor = (service: string) => (allowsPriority(service) ? () => push({ name: 'priority', service }) : null);
  const welcome = (departments: typeof snapshot.departments) => (
    <WelcomeScreen
      hallName={hallName}
      departments={departments}
      onDepartment={(department) => push({ name: 'services', department })}
      onSearch={() => push({ name: 'search', query: '' })}
      onSubmitDossier={() => {
        setDraft(EMPTY_FORM);
        push({ name: 'dossier-start' });
      }}
      onLookupDossier={() => push({ name: 'lookup' })}
      onCollectResult={() => {
        clearCollect();
        push({ name: 'collect' });
      }}
      onCheckIn={hubState.bookable ? () => push({ name: 'check-in' }) : null}
    />
  );

  const screen = (() => {
    switch (route.name) {
      case 'welcome': {
        const withServices = snapshot.departments.filter((d) => snapshot.services.some((s) => s.department === d.code));
        return welcome(withServices);
      }
      case 'services': {
        const department = snapshot.departments.find((d) => d.code === route.department);
        if (!department) return null;
        return (
          <ServicesScreen
            hallName={hallName}
            department={department}
            services={snapshot.services.filter((s) => s.department === department.code)}
            loads={snapshot.loads}
            onService={(service) => push({ name: 'service', service })}
            onBack={back}
            onHome={home}
          />
        );
      }
      case 'service': {
        const service = serviceByCode(route.service);
        if (!service) return null;
        return (
          <ServiceScreen
            hallName={hallName}
            service={service}
            load={snapshot.loads.find((l) => l.service === service.code)}
            procedures={procedures.filter((p) => p.service === service.code)}
            onTakeNumber={() => takeRegular(service.code)}
            onTakePriorityNumber={priorityFor(service.code)}
            onProcedure={(code) => push({ name: 'procedure', code })}
            onBack={back}
            onHome={home}
          />
        );
      }
      case 'procedure': {
        const procedure = procedures.find((p) => p.code === route.code);
        if (!procedure) return null;
        const service = serviceByCode(procedure.service);
        return (
          <ProcedureScreen
            hallName={hallName}
            procedure={procedure}
            serviceName={service ? pick(service.name) : null}
            onTakeNumber={() => takeRegular(procedure.service)}
            onTakePriorityNumber={priorityFor(procedure.service)}
            onBack={back}
            onHome={home}
          />
        );
      }
      case 'search': {
        const forDossier = route.purpose === 'dossier';
        return (
          <SearchScreen
            hallName={hallName}
            index={searchIndex}
            query={route.query}
            title={forDossier ? t('dossier.searchTitle') : undefined}
            onQuery={(query) => replaceTop({ name: 'search', query, ...(forDossier ? { purpose: 'dossier' as const } : {}) })}
            onProcedure={(p) => push(forDossier ? { name: 'dossier-checklist', procedure: p.code } : { name: 'procedure', code: p.code })}
            onBack={back}
            onHome={home}
          />
        );
      }
      case 'priority': {
        const service = serviceByCode(route.service);
        if (!service) return null;
        return (
          <PriorityScreen
            hallName={hallName}
            serviceName={pick(service.name)}
            priorities={service.priorities}
            onChoose={(priority: PriorityClass) => take(service.code, priority)}
            onBack={back}
            onHome={home}
          />
        );
      }
      case 'phone-offer': {
        const service = serviceByCode(route.service);
        if (!service || !phoneOffer) return null;
        return (
          <PhoneOfferScreen
            hallName={hallName}
            serviceName={pick(service.name)}
            nearTurnPosition={phoneOffer.nearTurnPosition}
            onTake={(phone) => void takeNumber(route.service, route.priority, phone ? { phone } : {})}
            onBack={back}
            onHome={home}
          />
        );
      }
      case 'printer-problem':
        return (
          <PrinterProblemScreen
            hallName={hallName}
            state={route.printer.state}
            onScreenTicket={() => {
              const { service, priority, phone } = route;
              back();
              void takeNumber(service, priority, { screenOnly: true, ...(phone ? { phone } : {}) });
            }}
            onBack={back}
            onHome={home}
          />
        );
      case 'issuing':
        return <IssuingScreen hallName={hallName} waitingForHub={waitingForHub} />;
      case 'ticket':
        return (
          <TicketScreen
            hallName={hallName}
            ticketId={route.ticketId}
            job={route.job}
            print={route.print}
            seconds={route.print === 'printing' || route.print === 'printed' ? config.ticketSeconds : config.screenTicketSeconds}
            onDone={home}
            registered={route.registered ?? false}
          />
        );
      case 'issue-error':
        return (
          <IssueErrorScreen
            hallName={hallName}
            error={route.error}
            onRetry={() => {
              const { service, priority, retryCommandId, screenOnly, phone } = route;
              back();
              void takeNumber(service, priority, { screenOnly, ...(retryCommandId ? { commandId: retryCommandId } : {}), ...(phone ? { phone } : {}) });
            }}
            onHome={home}
          />
        );
      case 'lookup':
        return <LookupScreen hallName={hallName} devices={devices} lookup={(code) => hub.client.request('dossier:lookup', { code })} onBack={back} onHome={home} />;
      case 'collect':
        return (
          <CollectResultScreen
            hallName={hallName}
            devices={devices}
            sending={collectResult.sending}
            error={collectResult.error}
            onCollect={(code, retryCommandId) => void collectResult.collect(code, retryCommandId)}
            onClear={clearCollect}
            onBack={back}
            onHome={home}
          />
        );
      case 'check-in':
        return <CheckInScreen hallName={hallName} devices={devices} checkIn={booking.checkIn} onWalkIn={home} onBack={back} onHome={home} />;
      default:
        if (!isDossierRoute(route)) return null;
        return (
          <DossierFlow
            route={route}
            hallName={hallName}
            snapshot={snapshot}
            procedures={procedures}
            devices={devices}
            draft={draft}
            setDraft={setDraft}
            waitingForHub={dossier.waitingForHub}
            register={(procedure, retryCommandId) => {
              const checked = checkDossierForm(draft, Date.now());
              if (checked.ok) void dossier.register(procedure, checked.value, retryCommandId);
              else back();
            }}
            push={push}
            back={back}
            home={home}
          />
        );
    }
  })();

  return (
    <KioskSettingsContext.Provider value={settings}>
      <GuidanceContext.Provider value={{ voice: settings.voice, repeat: repeatGuidance }}>
        {screen ?? welcome(snapshot.departments)}
        {idleLeft !== null && online ? <IdleWarning secondsLeft={idleLeft} /> : null}
        {online ? null : <OutOfServiceScreen refused={hubState.status === 'refused'} />}
      </GuidanceContext.Provider>
    </KioskSettingsContext.Provider>
  );
}
