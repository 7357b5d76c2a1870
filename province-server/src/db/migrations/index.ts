import type { Migration } from '../migrate';
import { initial } from './0010-initial';

/** Every migration, in order. Never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [initial];
