import type { RatingScale, RatingTally } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { ratingLevels } from '../model/rating';
import { ratingShares } from '../model/rating-shares';

/** Header cells for a rating tally: one per level of the hall's scale, then "no answer". */
export function RatingHeaders({ scale }: { scale: RatingScale }) {
  const { t, pick } = useI18n();
  return (
    <>
      {ratingLevels(scale).map((l) => (
        <th key={l.value}>{pick(l.label)}</th>
      ))}
      <th>{t('report.noAnswer')}</th>
    </>
  );
}

/** Votes and share per level ("2 (50%)"), then the tickets with no answer. */
export function RatingCells({ tally, scale }: { tally: RatingTally; scale: RatingScale }) {
  const shares = ratingShares(tally, scale);
  return (
    <>
      {shares.levels.map((l) => (
        <td key={l.value} className="num" data-level={l.value}>
          {l.votes}
          {l.percent !== null && <span className="muted"> ({l.percent}%)</span>}
        </td>
      ))}
      <td className="num" data-level="none">
        {shares.noAnswer}
      </td>
    </>
  );
}
