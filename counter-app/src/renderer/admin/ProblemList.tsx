import { useI18n } from '../i18n/i18n-context';
import type { ConfigProblem } from './config-api';

/** The problems a dry run or a refusal lists: where (the field path) and why, in the hub's words. */
export function ProblemList({ problems }: { problems: readonly ConfigProblem[] }) {
  const { pick } = useI18n();
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" data-testid="problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.path !== '' && <code>{p.path}</code>} {pick(p.message)}
        </li>
      ))}
    </ul>
  );
}
