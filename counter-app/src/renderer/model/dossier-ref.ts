/**
 * How the counter names a dossier it has open in its commands: by the
 * tracking code when it has one. An officer who opened it from the citizen's
 * receipt (the return desk) never handled it, and the hub lets them act on it
 * only with the receipt's check key. Pure.
 */
import type { DossierView } from '@luot/protocol';

export const dossierRef = (view: Pick<DossierView, 'id' | 'trackingCode'>): string => view.trackingCode ?? view.id;
