import type { ProcedureView } from '@luot/protocol/plain';
import { useI18n } from '../hooks/use-i18n';

/** "1 bản chính · 2 bản sao": how many of a document to bring. */
export function DocumentCount({ document }: { document: ProcedureView['documents'][number] }) {
  const { t } = useI18n();
  const parts = [
    document.originals > 0 ? t('procedure.original', { count: document.originals }) : null,
    document.copies > 0 ? t('procedure.copy', { count: document.copies }) : null,
  ];
  return <span className="document-count">{parts.filter(Boolean).join(' · ')}</span>;
}
