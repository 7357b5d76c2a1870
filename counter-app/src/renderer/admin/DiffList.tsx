import { useI18n } from '../i18n/i18n-context';
import type { DiffEntry } from './config-api';

const show = (value: unknown): string =>
  value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/** A readable diff: each changed field by its path, what it was and what it becomes. */
export function DiffList({ diff }: { diff: DiffEntry[] }) {
  const { t } = useI18n();
  if (diff.length === 0) return <p className="muted">{t('admin.noDifference')}</p>;
  return (
    <table className="data-table diff-table" data-testid="diff">
      <thead>
        <tr>
          <th>{t('admin.diffField')}</th>
          <th>{t('admin.diffBefore')}</th>
          <th>{t('admin.diffAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((d) => (
          <tr key={d.path}>
            <td>
              <code>{d.path}</code>
            </td>
            <td className="diff-before">{show(d.before)}</td>
            <td className="diff-after">{show(d.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
