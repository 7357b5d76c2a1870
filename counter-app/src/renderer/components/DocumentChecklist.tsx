import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { addItem, setCount, toggleItem, MAX_COUNT, type Checklist } from '../model/document-checklist';

interface Props {
  list: Checklist;
  onChange(list: Checklist): void;
}

/** The procedure's documents: tick what was handed over, with originals and copies. */
export function DocumentChecklist({ list, onChange }: Props) {
  const { t } = useI18n();
  const [extra, setExtra] = useState('');
  const count = (index: number, field: 'originals' | 'copies', value: number) => (
    <input
      type="number"
      min={0}
      max={MAX_COUNT}
      className="count-input"
      name={`doc.${index}.${field}`}
      aria-label={t(field === 'originals' ? 'dossier.originals' : 'dossier.copies')}
      value={value}
      onChange={(e) => onChange(setCount(list, index, field, Number(e.target.value)))}
    />
  );
  return (
    <fieldset className="dossier-documents">
      <legend>{t('dossier.documents')}</legend>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('dossier.docReceived')}</th>
            <th>{t('dossier.docName')}</th>
            <th className="num">{t('dossier.originals')}</th>
            <th className="num">{t('dossier.copies')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((item, index) => (
            <tr key={item.name} data-testid="doc-row" className={item.received ? 'doc-received' : undefined}>
              <td>
                <input
                  type="checkbox"
                  name={`doc.${index}.received`}
                  aria-label={item.name}
                  checked={item.received}
                  onChange={(e) => onChange(toggleItem(list, index, e.target.checked))}
                />
              </td>
              <td>
                {item.name}
                {!item.required && <span className="edited-tag">{t('dossier.docExtra')}</span>}
              </td>
              <td className="num">{count(index, 'originals', item.originals)}</td>
              <td className="num">{count(index, 'copies', item.copies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="inline-form">
        <input
          name="extraDocument"
          value={extra}
          placeholder={t('dossier.docExtra')}
          onChange={(e) => setExtra(e.target.value)}
        />
        <button
          type="button"
          disabled={extra.trim() === ''}
          onClick={() => {
            onChange(addItem(list, extra));
            setExtra('');
          }}
        >
          {t('dossier.addDocument')}
        </button>
      </div>
    </fieldset>
  );
}
