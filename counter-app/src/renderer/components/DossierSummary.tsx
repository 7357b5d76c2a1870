import { useState } from 'react';
import { DOSSIER_STATUS_LABELS, type DossierView } from '@luot/protocol';
import type { DossierControls } from '../hooks/use-dossier';
import { useI18n } from '../i18n/i18n-context';
import { formatAppointment, formatHallDate, formatHallTime, TIMELINESS_KEYS } from '../model/appointment';
import { buildChecklist, missingDocuments } from '../model/document-checklist';
import { SupplementDialog } from './SupplementDialog';

/** Statuses the counter may move a coded dossier to with one click. */
const NEXT: Partial<Record<DossierView['status'], ('processing' | 'result_ready')[]>> = {
  received: ['processing', 'result_ready'],
  processing: ['result_ready'],
  supplement_requested: ['processing'],
  fee_due: ['processing', 'result_ready'],
};

/** Statuses from which the hub lets a received dossier wait for a supplement (form 02). */
const SUPPLEMENT_FROM: readonly DossierView['status'][] = ['received', 'processing'];

/** A dossier past reception: its code, appointment and status, and what the counter can do next. */
export function DossierSummary({
  dossier,
  controls,
  hasDevices,
}: {
  dossier: DossierView;
  controls: DossierControls;
  hasDevices: boolean;
}) {
  const { t, pick, language } = useI18n();
  const [asking, setAsking] = useState(false);
  const [place, setPlace] = useState('');
  const at = (ms: number) => `${formatHallTime(ms)} ${formatHallDate(ms)}`;
  const next = dossier.code === null ? [] : (NEXT[dossier.status] ?? []);
  // The notice (form 03 or 02) can be printed again whenever it applies, coded or not.
  const hasNotice = dossier.status === 'refused' || dossier.status === 'supplement_requested';
  const canAskSupplement = dossier.code !== null && SUPPLEMENT_FROM.includes(dossier.status);
  return (
    <div className="dossier-summary">
      <dl className="dossier-facts">
        <div>
          <dt>{t('dossier.code')}</dt>
          <dd className="dossier-code" data-testid="dossier-code">
            {dossier.code ?? '—'}
          </dd>
        </div>
        {dossier.trackingCode !== null && (
          <div>
            <dt>{t('dossier.trackingCode')}</dt>
            <dd className="dossier-code" data-testid="dossier-tracking-code">
              {dossier.trackingCode}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('dossier.status')}</dt>
          <dd data-testid="dossier-status">{pick(DOSSIER_STATUS_LABELS[dossier.status])}</dd>
        </div>
        {dossier.appointmentAt !== null && (
          <div className="wide">
            <dt className="visually-hidden">{t('dossier.appointmentLabel')}</dt>
            <dd className="dossier-appointment" data-testid="dossier-appointment">
              {t('dossier.appointment', { when: formatAppointment(dossier.appointmentAt, language) })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('dossier.applicant')}</dt>
          <dd>{dossier.applicant.name}</dd>
        </div>
        <div>
          <dt>{t('dossier.field.phone')}</dt>
          <dd>{dossier.applicant.phone}</dd>
        </div>
        {dossier.receivedAt !== null && (
          <div>
            <dt>{t('dossier.receivedAt')}</dt>
            <dd>{at(dossier.receivedAt)}</dd>
          </div>
        )}
        {dossier.officer && (
          <div>
            <dt>{t('dossier.officer')}</dt>
            <dd>{dossier.officer.name}</dd>
          </div>
        )}
        {dossier.status === 'result_ready' && dossier.collectPlace !== null && (
          <div className="wide">
            <dt>{t('dossier.collectPlace')}</dt>
            <dd data-testid="dossier-collect-place">
              {dossier.collectPlace}
              {dossier.readyAt !== null && <span className="muted"> · {at(dossier.readyAt)}</span>}
              {dossier.collectNote !== null && <span className="muted"> · {dossier.collectNote}</span>}
            </dd>
          </div>
        )}
        {dossier.returnedAt !== null && (
          <div>
            <dt>{t('dossier.returnedAt')}</dt>
            <dd>{at(dossier.returnedAt)}</dd>
          </div>
        )}
        {dossier.returnedBy !== null && (
          <div>
            <dt>{t('dossier.returnedBy')}</dt>
            <dd data-testid="dossier-returned-by">{dossier.returnedBy.name}</dd>
          </div>
        )}
        {dossier.timeliness !== null && (
          <div>
            <dt>{t('dossier.timeliness')}</dt>
            <dd className={`timeliness timeliness-${dossier.timeliness}`} data-testid="dossier-timeliness">
              {t(TIMELINESS_KEYS[dossier.timeliness])}
            </dd>
          </div>
        )}
        {dossier.reason !== null && (
          <div className="wide">
            <dt>{t('dossier.reason')}</dt>
            <dd data-testid="dossier-reason">
              {dossier.reason}
              {dossier.supplementItems.length > 0 && (
                <ul>
                  {dossier.supplementItems.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        )}
      </dl>
      {dossier.documents.length > 0 && (
        <details className="dossier-docs">
          <summary>
            {t('dossier.documents')} ({dossier.documents.length})
          </summary>
          <ul>
            {dossier.documents.map((d) => (
              <li key={d.name}>
                {d.name} — {t('dossier.originals')}: {d.originals}, {t('dossier.copies')}: {d.copies}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="dossier-actions">
        {dossier.code !== null && dossier.receivedAt !== null && (
          <>
            {hasDevices && (
              <button
                type="button"
                className="primary"
                data-action="printReceipt"
                disabled={controls.busy}
                onClick={() => void controls.printReceipt('device')}
              >
                {t('dossier.printReceipt')}
              </button>
            )}
            <button
              type="button"
              data-action="printA5"
              disabled={controls.busy}
              onClick={() => void controls.printReceipt('a5')}
            >
              {t('dossier.printA5')}
            </button>
            <button
              type="button"
              data-action="printA4"
              disabled={controls.busy}
              onClick={() => void controls.printReceipt('a4')}
            >
              {t('dossier.printA4')}
            </button>
          </>
        )}
        {hasNotice && (
          <button
            type="button"
            data-action="printNotice"
            disabled={controls.busy}
            onClick={() => void controls.printNotice('a5')}
          >
            {t('dossier.printNotice')}
          </button>
        )}
        {next.includes('result_ready') && (
          <input
            name="collectPlace"
            aria-label={t('dossier.collectPlaceInput')}
            placeholder={t('dossier.collectPlaceInput')}
            maxLength={120}
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
        )}
        {next.map((status) => (
          <button
            key={status}
            type="button"
            data-action={status === 'processing' ? 'toProcessing' : 'toResultReady'}
            disabled={controls.busy}
            onClick={() => void controls.setStatus(status, status === 'result_ready' ? place : '')}
          >
            {t(status === 'processing' ? 'dossier.toProcessing' : 'dossier.toResultReady')}
          </button>
        ))}
        {canAskSupplement && (
          <button
            type="button"
            data-action="dossierSupplement"
            disabled={controls.busy}
            onClick={() => setAsking(true)}
          >
            {t('dossier.requestSupplement')}
          </button>
        )}
        {dossier.status === 'result_ready' && (
          <button
            type="button"
            className="primary"
            data-action="markReturned"
            disabled={controls.busy}
            onClick={() => void controls.markReturned()}
          >
            {t('dossier.markReturned')}
          </button>
        )}
      </div>
      {asking && (
        <SupplementDialog
          missing={missingDocuments(buildChecklist(controls.procedure?.documents ?? [], dossier.documents))}
          onCancel={() => setAsking(false)}
          onRequest={(reason, items) => {
            setAsking(false);
            void controls.requestSupplement(reason, items);
          }}
        />
      )}
    </div>
  );
}
