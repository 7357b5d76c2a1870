import type { LocalizedText } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { issuesAt } from './save-feedback';

/** The hub's reasons for refusing one field, shown right under it. */
export function FieldIssues({
  issues,
  path,
  nested = false,
}: {
  issues: Map<string, (LocalizedText | string)[]>;
  path: string;
  nested?: boolean;
}) {
  const { pick } = useI18n();
  const found = issuesAt(issues, path, nested);
  if (found.length === 0) return null;
  return (
    <span className="field-issue" role="alert" data-field={path}>
      {found.map((m) => (typeof m === 'string' ? m : pick(m))).join(' · ')}
    </span>
  );
}
