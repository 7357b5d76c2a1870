import { useState } from 'react';
import type { DossierView, ProcedureView, ReturnChoice } from '@luot/protocol';
import type { Notice } from '../counter-session';
import type { DossierControls } from '../hooks/use-dossier';
import { useI18n } from '../i18n/i18n-context';
import { applicantToForm, formToApplicant, type ApplicantField } from '../model/applicant-form';
import { buildChecklist, missingDocuments, receivedDocuments, type Checklist } from '../model/document-checklist';
import { ApplicantFields } from './ApplicantFields';
import { DocumentChecklist } from './DocumentChecklist';
import { NoticeLine } from './NoticeLine';
import { RefuseDialog } from './RefuseDialog';
import { SupplementDialog } from './SupplementDialog';

interface Props {
  dossier: DossierView;
  procedure: ProcedureView | null;
  controls: DossierControls;
}

/** A registered dossier at reception: check and correct, tick the documents, then receive, refuse or send home. */
export function RegistrationForm({ dossier, procedure, controls }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState(() => applicantToForm(dossier.applicant));
  const [ret, setRet] = useState<ReturnChoice>(() =>
    dossier.returnMethod === 'post'
      ? { method: 'post', postalAddress: dossier.postalAddress ?? '' }
      : { method: 'counter' },
  );
  const [list, setList] = useState<Checklist>(() => buildChecklist(procedure?.documents ?? [], dossier.documents));
  const [invalid, setInvalid] = useState<ApplicantField[]>([]);
  const [problem, setProblem] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<'refuse' | 'supplement' | null>(null);

  // The catalogue may arrive after the dossier: fill the checklist once it does, unless the officer started.
  const [seeded, setSeeded] = useState(procedure !== null);
  if (!seeded && procedure !== null) {
    setSeeded(true);
    if (list.every((item) => !item.received)) setList(buildChecklist(procedure.documents, dossier.documents));
  }

  const receive = () => {
    const applicant = formToApplicant(form);
    if (!applicant.ok) {
      setInvalid(applicant.fields);
      setProblem({
        kind: 'text',
        key: 'dossier.fieldsInvalid',
        params: { fields: applicant.fields.map((f) => t(`dossier.field.${f}`)).join(', ') },
      });
      return;
    }
    setInvalid([]);
    const docs = receivedDocuments(list);
    if (!docs.ok) {
      setProblem(
        docs.problem === 'none_received'
          ? { kind: 'text', key: 'dossier.noneReceived' }
          : { kind: 'text', key: 'dossier.emptyCounts', params: { name: docs.name ?? '' } },
      );
      return;
    }
    setProblem(null);
    void controls.receive(applicant.applicant, ret, docs.documents);
  };

  return (
    <div className="registration">
      <ApplicantFields registered={dossier.applicant} form={form} invalid={invalid} onChange={setForm} />
      <fieldset className="dossier-return">
        <legend>{t('dossier.return')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="returnMethod"
            checked={ret.method === 'counter'}
            onChange={() => setRet({ method: 'counter' })}
          />
          {t('dossier.returnCounter')}
        </label>
        <label className="radio">
          <input
            type="radio"
            name="returnMethod"
            checked={ret.method === 'post'}
            onChange={() => setRet({ method: 'post', postalAddress: dossier.postalAddress ?? form.address })}
          />
          {t('dossier.returnPost')}
        </label>
        {ret.method === 'post' && (
          <label className="wide">
            {t('dossier.postalAddress')}
            <input
              name="postalAddress"
              value={ret.postalAddress}
              onChange={(e) => setRet({ method: 'post', postalAddress: e.target.value })}
            />
          </label>
        )}
      </fieldset>
      {controls.catalogueFailed && <p className="muted">{t('dossier.catalogueMissing')}</p>}
      <DocumentChecklist list={list} onChange={setList} />
      <NoticeLine notice={problem} tone="error" testId="dossier-problem" />
      <div className="dossier-actions">
        <button
          type="button"
          className="primary"
          data-action="dossierReceive"
          disabled={controls.busy}
          onClick={receive}
        >
          {t('dossier.receive')}
        </button>
        <button
          type="button"
          data-action="dossierSupplement"
          disabled={controls.busy}
          onClick={() => setDialog('supplement')}
        >
          {t('dossier.requestSupplement')}
        </button>
        <button
          type="button"
          className="danger"
          data-action="dossierRefuse"
          disabled={controls.busy}
          onClick={() => setDialog('refuse')}
        >
          {t('dossier.refuse')}
        </button>
      </div>
      {dialog === 'refuse' && (
        <RefuseDialog
          onCancel={() => setDialog(null)}
          onRefuse={(reason) => {
            setDialog(null);
            void controls.refuse(reason);
          }}
        />
      )}
      {dialog === 'supplement' && (
        <SupplementDialog
          missing={missingDocuments(list)}
          onCancel={() => setDialog(null)}
          onRequest={(reason, items) => {
            setDialog(null);
            void controls.requestSupplement(reason, items);
          }}
        />
      )}
    </div>
  );
}
