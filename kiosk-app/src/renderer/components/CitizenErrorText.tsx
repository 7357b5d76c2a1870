import type { LuotError } from '@luot/protocol/plain';
import { useEffect } from 'react';
import { citizenErrorText } from '../citizen/citizen-messages';
import { logDetail } from '../citizen/kiosk-log';
import { useI18n } from '../hooks/use-i18n';

/** A hub error in citizen words (citizen-messages.ts); the hub's own text goes to the log when it is not shown. */
export function CitizenErrorText({ error }: { error: LuotError }) {
  const { t, pick } = useI18n();
  const shown = citizenErrorText(error);
  useEffect(() => {
    if (shown.kind === 'plain')
      logDetail('hub error shown in plain words', {
        code: error.code,
        message: error.message.vi,
        field: error.field ?? null,
      });
  }, [error, shown.kind]);
  return <>{shown.kind === 'hub' ? pick(shown.error.message) : t(shown.key)}</>;
}
