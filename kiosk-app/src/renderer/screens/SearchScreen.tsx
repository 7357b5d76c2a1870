import { useMemo } from 'react';
import type { ProcedureView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { useI18n } from '../hooks/use-i18n';
import type { ProcedureIndex } from '../search/procedure-search';

interface SearchScreenProps {
  hallName: string;
  index: ProcedureIndex;
  query: string;
  onQuery: (query: string) => void;
  onProcedure: (procedure: ProcedureView) => void;
  onBack: () => void;
  onHome: () => void;
  /** Defaults to "Tìm thủ tục". */
  title?: string;
}

/** Type a few letters, no accents needed; results update with every key. */
export function SearchScreen({ hallName, index, query, onQuery, onProcedure, onBack, onHome, title }: SearchScreenProps) {
  const { t } = useI18n();
  const hits = useMemo(() => index.search(query, 30), [index, query]);
  const blank = query.trim() === '';
  return (
    <ScreenFrame
      name="search"
      hallName={hallName}
      onBack={onBack}
      onHome={onHome}
      title={title ?? t('search.title')}
      footer={<OnScreenKeyboard value={query} onChange={onQuery} />}
    >
      <div className={`search-box${blank ? ' empty' : ''}`} data-testid="search-box" aria-live="polite">
        <UiIcon name="search" />
        <span className="search-text">{blank ? t('search.placeholder') : query}</span>
        {blank ? null : <span className="caret" />}
      </div>
      {blank ? null : (
        <p className="screen-subtitle" data-testid="search-count">
          {hits.length === 0 ? t('search.noResults') : t('search.resultCount', { count: hits.length })}
        </p>
      )}
      <div className="tile-list compact" data-testid="search-results">
        {hits.map(({ procedure }) => (
          <BigButton
            key={procedure.code}
            variant="quiet"
            testId={`result-${procedure.code}`}
            label={procedure.name}
            detail={procedure.field}
            onPress={() => onProcedure(procedure)}
          />
        ))}
      </div>
    </ScreenFrame>
  );
}
