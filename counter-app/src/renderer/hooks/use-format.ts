import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { splitMinutes } from '../model/format';

/** "12 phút", "1 giờ 5 phút", "dưới 1 phút" in the current language. */
export function useFormatWait(): (ms: number | null) => string {
  const { t } = useI18n();
  return useCallback(
    (ms) => {
      if (ms === null) return t('figures.none');
      const parts = splitMinutes(ms);
      if (parts === null) return t('duration.lessThanMinute');
      return parts.hours > 0 ? t('duration.hoursMinutes', parts) : t('duration.minutes', parts);
    },
    [t],
  );
}
