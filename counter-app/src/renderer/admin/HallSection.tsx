import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { SectionProps } from './section-props';
import { SaveBar } from './SaveBar';
import { TextField } from './TextField';
import { FieldIssues } from './FieldIssues';
import { useConfigDraft } from './use-config-draft';
import { withOptional } from './draft-edits';
import type { HallSectionDoc } from './config-doc';

/** Logos stay small: they travel in every snapshot and print on every ticket. */
const LOGO_MAX_BYTES = 64 * 1024;

/** "Sảnh": the hall's name, address, logo, boards' message strip, ticket wording and public address. */
export function HallSection({ session, canEdit }: SectionProps) {
  const { t } = useI18n();
  const draft = useConfigDraft(session);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  if (draft.draft === null) return <p className="loading">{t('common.loading')}</p>;
  const hall = draft.draft.hall;
  const set = (change: (h: HallSectionDoc) => HallSectionDoc) => draft.edit((d) => ({ ...d, hall: change(d.hall) }));
  const disabled = !canEdit || draft.busy;
  const field = (key: 'address' | 'publicUrl' | 'boardMessage' | 'ticketFooter', label: string, type: 'text' | 'url' = 'text') => (
    <TextField
      label={label}
      value={hall[key]}
      type={type}
      path={`hall.${key}`}
      issues={draft.issues}
      disabled={disabled}
      onChange={(v) => set((h) => withOptional(h, key, key === 'address' ? v : v.trim() === '' ? undefined : v))}
    />
  );
  const pickLogo = (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > LOGO_MAX_BYTES) {
      setLogoProblem(t('hallCfg.logoTooBig', { kb: LOGO_MAX_BYTES / 1024 }));
      return;
    }
    setLogoProblem(null);
    const reader = new FileReader();
    reader.onload = () => typeof reader.result === 'string' && set((h) => ({ ...h, logo: reader.result as string }));
    reader.readAsDataURL(file);
  };

  return (
    <main className="admin-section" aria-label={t('nav.hall')}>
      <section className="panel form-grid" data-testid="hall-form">
        <h2>{t('nav.hall')}</h2>
        <TextField label={t('cfg.nameVi')} value={hall.name.vi} path="hall.name.vi" issues={draft.issues} disabled={disabled}
          onChange={(v) => set((h) => ({ ...h, name: { ...h.name, vi: v } }))} />
        <TextField label={t('cfg.nameEn')} value={hall.name.en} path="hall.name.en" issues={draft.issues} disabled={disabled}
          onChange={(v) => set((h) => ({ ...h, name: { ...h.name, en: v } }))} />
        {field('address', t('hallCfg.address'))}
        {field('publicUrl', t('hallCfg.publicUrl'), 'url')}
        {field('boardMessage', t('hallCfg.boardMessage'))}
        {field('ticketFooter', t('hallCfg.ticketFooter'))}
        <div className="field">
          <span>{t('hallCfg.logo')}</span>
          {hall.logo !== undefined && <img className="logo-preview" src={hall.logo} alt={t('hallCfg.logo')} />}
          <input type="file" accept="image/png,image/svg+xml" disabled={disabled} name="hall.logo"
            onChange={(e) => pickLogo(e.target.files?.[0])} />
          {hall.logo !== undefined && (
            <button type="button" className="link-button" disabled={disabled} onClick={() => set((h) => withOptional(h, 'logo', undefined))}>
              {t('hallCfg.logoRemove')}
            </button>
          )}
          {logoProblem !== null && (
            <span className="field-issue" role="alert">
              {logoProblem}
            </span>
          )}
          <FieldIssues issues={draft.issues} path="hall.logo" />
        </div>
      </section>
      <SaveBar draft={draft} canEdit={canEdit} />
    </main>
  );
}
