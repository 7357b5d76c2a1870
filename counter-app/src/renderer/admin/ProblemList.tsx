import { useI18n } from '../i18n/i18n-context';
import type { ConfigProblem } from './config-api';

/** A long list (a service removed under 25 procedures) stays readable: the first few, then how many more. */
const SHOWN = 8;

/** The problems a dry run or a refusal lists, in the hub's words (each names its field). */
export function ProblemList({ problems }: { problems: readonly ConfigProblem[] }) {
  const { t, pick } = useI18n();
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" data-testid="problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i} data-path={p.path}>
          {pick(p.message)}
        </li>
      ))}
      {problems.length > SHOWN && <li className="muted">{t('admin.moreProblems', { count: problems.length - SHOWN })}</li>}
    </ul>
  );
}
