import type { Migration } from '../migrate';
import { initial } from './0010-initial';
import { accounts } from './0020-accounts';
import { ticketFinals } from './0030-ticket-finals';
import { dossierFinals } from './0040-dossier-finals';
import { officerFigures } from './0050-officer-figures';
import { storedSeq } from './0051-stored-seq';

/** Every migration, in order. Never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [initial, accounts, ticketFinals, dossierFinals, officerFigures, storedSeq];
