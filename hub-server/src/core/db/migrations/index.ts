import type { Migration } from '../migrate';
import { initial } from './0010-initial';
import { dossiers } from './0020-dossiers';
import { waitingIndexes } from './0030-waiting-indexes';
import { waitingCounts } from './0040-waiting-counts';
import { lighterTicketWrites } from './0050-lighter-ticket-writes';
import { commandLog } from './0060-command-log';
import { ticketsWithoutCodeIndex } from './0070-tickets-without-code-index';
import { staffAudit } from './0080-staff-audit';
import { ticketPrefix } from './0090-ticket-prefix';
import { hallMode } from './0100-hall-mode';
import { dossierCheckKeys } from './0110-dossier-check-keys';
import { provinceLink } from './0130-province-link';
import { sealedPersonalData } from './0150-sealed-personal-data';
import { reportIndexes } from './0160-report-indexes';
import { configRevisions } from './0170-config-revisions';
import { devicePlacement } from './0180-device-placement';
import { resultReturn } from './0190-result-return';
import { appointments } from './0200-appointments';
import { outbox } from './0210-outbox';
import { reportRollups } from './0220-report-rollups';
import { provinceDossiers } from './0240-province-dossiers';
import { queueIndexWithoutId } from './0250-queue-index-without-id';

/** Every migration, in order (one a line, so branches that add one merge cleanly). Never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [
  initial,
  dossiers,
  waitingIndexes,
  waitingCounts,
  lighterTicketWrites,
  commandLog,
  ticketsWithoutCodeIndex,
  staffAudit,
  ticketPrefix,
  hallMode,
  dossierCheckKeys,
  provinceLink,
  sealedPersonalData,
  reportIndexes,
  configRevisions,
  devicePlacement,
  resultReturn,
  appointments,
  outbox,
  reportRollups,
  provinceDossiers,
  queueIndexWithoutId,
];
