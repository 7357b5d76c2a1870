/**
 * What the kiosk says when a screen opens: the screen's main instruction from
 * the voice pack (protocol's KIOSK_GUIDANCE), and on the ticket screen the
 * number itself, sign by sign ("bê, không, một, năm": easy to write down),
 * with the pack's letter and digit clips. Pure, so each screen's words are
 * unit tested.
 */
import { KIOSK_GUIDANCE, type KioskGuidanceId } from '@luot/protocol/plain';
import type { Route } from '../navigation';

export interface Utterance {
  /** Changes when something new must be said; the same key is not said twice in a row. */
  key: string;
  clips: string[];
}

const ROUTE_GUIDANCE: Partial<Record<Route['name'], KioskGuidanceId>> = {
  welcome: 'welcome',
  services: 'services',
  service: 'service',
  procedure: 'procedure',
  search: 'search',
  priority: 'priority',
  'printer-problem': 'printerProblem',
  issuing: 'issuing',
  'issue-error': 'issueError',
  'dossier-start': 'dossierStart',
  'dossier-department': 'dossierProcedures',
  'dossier-checklist': 'dossierChecklist',
  'dossier-form': 'dossierForm',
  'dossier-confirm': 'dossierConfirm',
  'dossier-registering': 'issuing',
  'dossier-error': 'issueError',
  lookup: 'lookup',
  // The same words: put the receipt's QR under the reader.
  collect: 'lookup',
};

/** The pack's clips for a ticket code, one per sign: letters by name (Đ is letter-dd), digits one by one. */
export function ticketCodeClips(code: string): string[] {
  return Array.from(code.trim().toLowerCase()).flatMap((ch) => {
    if (/^[0-9]$/.test(ch)) return [`num-${ch}`];
    if (ch === 'đ') return ['letter-dd'];
    if (/^[a-z]$/.test(ch)) return [`letter-${ch}`];
    return [];
  });
}

const clip = (id: KioskGuidanceId) => KIOSK_GUIDANCE[id].clip;

/** What to say for the screen on top of the stack, or null for a screen that says nothing. */
export function guidanceFor(route: Route): Utterance | null {
  if (route.name === 'ticket') {
    const onPaper = route.print === 'printing' || route.print === 'printed';
    const after = [...(route.registered ? [clip('dossierRegistered')] : []), clip(onPaper ? 'takePaper' : 'seeScreen')];
    return { key: `ticket:${route.ticketId}:${onPaper ? 'paper' : 'screen'}`, clips: [clip('yourNumber'), ...ticketCodeClips(route.job.code), ...after] };
  }
  const id = ROUTE_GUIDANCE[route.name];
  if (!id) return null;
  // A screen opened again (another department's services) is said again.
  const detail = 'department' in route ? route.department : 'service' in route ? route.service : 'procedure' in route ? route.procedure : '';
  return { key: `${route.name}:${detail}`, clips: [clip(id)] };
}

/** Said when the idle warning appears ("còn X giây"). */
export const IDLE_UTTERANCE: Utterance = { key: 'idle', clips: [clip('idle')] };
/** Said when the kiosk loses the hub ("Tạm ngừng phục vụ"). */
export const OUT_OF_SERVICE_UTTERANCE: Utterance = { key: 'out-of-service', clips: [clip('outOfService')] };
