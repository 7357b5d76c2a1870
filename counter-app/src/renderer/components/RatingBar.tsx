import type { RatingScale } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import type { RatingStatus } from '../model/rating-flow';
import { ratingLevels } from '../model/rating';

interface Props {
  status: RatingStatus | null;
  scale: RatingScale;
  now: number;
  onSkip(): void;
  onOpenScreen(): void;
}

/** The officer's view of the citizen's rating: waiting (with a countdown), the answer, or none. */
export function RatingBar({ status, scale, now, onSkip, onOpenScreen }: Props) {
  const { t, pick } = useI18n();
  let text: string | null = null;
  if (status?.kind === 'asking') {
    text = t('rating.asking', { code: status.code, seconds: Math.max(0, Math.ceil((status.deadline - now) / 1000)) });
  } else if (status?.kind === 'answered') {
    const level = ratingLevels(scale).find((l) => l.value === status.rating);
    text = t('rating.answered', { code: status.code, label: level ? pick(level.label) : String(status.rating) });
  } else if (status?.kind === 'no-answer') {
    text = t('rating.noAnswer', { code: status.code });
  } else if (status?.kind === 'failed') {
    text = `${status.code}: ${pick(status.error.message)}`;
  }
  return (
    <section className={`rating-bar ${status?.kind === 'asking' ? 'rating-asking' : ''}`} data-testid="rating-status">
      <span>{text ?? ''}</span>
      <span className="rating-tools">
        {status?.kind === 'asking' && (
          <button type="button" onClick={onSkip}>
            {t('rating.skip')}
          </button>
        )}
        <button type="button" className="link-button" onClick={onOpenScreen}>
          {t('rating.openScreen')}
        </button>
      </span>
    </section>
  );
}
