import { useI18n } from '../i18n/i18n-context';
import type { ImportRowError } from '@luot/protocol';

/** An import's per-row errors: the row number, the column and why. */
export function RowErrors({ errors }: { errors: ImportRowError[] }) {
  const { t, pick } = useI18n();
  if (errors.length === 0) return null;
  return (
    <table className="data-table row-errors" data-testid="row-errors">
      <caption>{t('import.errors', { count: errors.length })}</caption>
      <thead>
        <tr>
          <th>{t('import.row')}</th>
          <th>{t('import.column')}</th>
          <th>{t('import.why')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={i} data-row={e.row}>
            <td>{e.row}</td>
            <td>{e.column === '' ? '—' : e.column}</td>
            <td>{pick(e.message)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
