import type { LuotError } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { CitizenErrorText } from '../components/CitizenErrorText';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';

interface IssueErrorScreenProps {
  hallName: string;
  error: LuotError;
  onRetry: () => void;
  onHome: () => void;
  /** Defaults to "Chưa lấy được số". */
  title?: string;
}

/** The hub's own words when they are for citizens (they say when to come back), else plain ones; big, with a way home. */
export function IssueErrorScreen({ hallName, error, onRetry, onHome, title }: IssueErrorScreenProps) {
  const { t } = useI18n();
  return (
    <ScreenFrame name="issue-error" hallName={hallName} onHome={onHome}>
      <div className="message-panel warning" data-testid="issue-error" data-error-code={error.code}>
        <UiIcon name="warning" size="8rem" />
        <h1>{title ?? t('error.title')}</h1>
        <p className="message-body" data-testid="issue-error-message">
          <CitizenErrorText error={error} />
        </p>
      </div>
      <div className="take-actions">
        <BigButton variant="primary" icon={<UiIcon name="home" />} label={t('nav.home')} onPress={onHome} testId="error-home" />
        <BigButton variant="secondary" icon={<UiIcon name="ticket" />} label={t('error.tryAgain')} onPress={onRetry} testId="error-retry" />
      </div>
    </ScreenFrame>
  );
}
