import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';

/** One line saying what just happened or what went wrong (hub errors in the current language). */
export function NoticeLine({
  notice,
  tone,
  testId = 'notice',
}: {
  notice: Notice | null;
  tone?: 'info' | 'error';
  testId?: string;
}) {
  const { t, pick } = useI18n();
  if (notice === null) return null;
  const isError = tone === 'error' || notice.kind === 'error' || (notice.kind === 'text' && notice.alert === true);
  const text = notice.kind === 'error' ? pick(notice.error.message) : t(notice.key, notice.params);
  return (
    <p
      className={isError ? 'notice notice-error' : 'notice notice-info'}
      role={isError ? 'alert' : 'status'}
      data-testid={testId}
    >
      {text}
    </p>
  );
}
