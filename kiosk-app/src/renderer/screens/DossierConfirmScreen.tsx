import { SEX_LABELS, type ProcedureView } from '@luot/protocol/plain';
import { BigButton } from '../components/BigButton';
import { ScreenFrame } from '../components/ScreenFrame';
import { UiIcon } from '../components/UiIcon';
import { formatBirthDigits, formatPhone, type DossierForm } from '../dossier/dossier-form';
import { useI18n } from '../hooks/use-i18n';

interface DossierConfirmScreenProps {
  hallName: string;
  procedure: ProcedureView;
  form: DossierForm;
  onConfirm: () => void;
  onEdit: () => void;
  onHome: () => void;
}

/** Everything once more, large, before it goes to the hub: "Xác nhận đăng ký" or "Sửa thông tin". */
export function DossierConfirmScreen({ hallName, procedure, form, onConfirm, onEdit, onHome }: DossierConfirmScreenProps) {
  const { t, pick } = useI18n();
  const rows: [string, string, string][] = [
    ['procedure', t('dossier.procedure'), procedure.name],
    ['idNumber', t('dossier.field.idNumber'), form.idNumber],
    ['name', t('dossier.field.name'), form.name],
    ['birthDate', t('dossier.field.birthDate'), formatBirthDigits(form.birthDigits)],
    ['sex', t('dossier.field.sex'), form.sex ? pick(SEX_LABELS[form.sex]) : ''],
    ['address', t('dossier.field.address'), form.address],
    ['phone', t('dossier.field.phone'), formatPhone(form.phone)],
    [
      'return',
      t('dossier.field.returnMethod'),
      form.returnMethod === 'post' ? `${t('dossier.return.post')}: ${form.postalAddress}` : t('dossier.return.counter'),
    ],
  ];
  return (
    <ScreenFrame
      name="dossier-confirm"
      hallName={hallName}
      onBack={onEdit}
      onHome={onHome}
      title={
        <>
          <UiIcon name="check" /> {t('dossier.confirmTitle')}
        </>
      }
      footer={
        <div className="take-actions">
          <BigButton variant="primary" testId="confirm-register" icon={<UiIcon name="ticket" />} label={t('dossier.confirm')} onPress={onConfirm} />
          <BigButton variant="secondary" testId="confirm-edit" icon={<UiIcon name="back" />} label={t('dossier.edit')} onPress={onEdit} />
        </div>
      }
    >
      <p className="screen-subtitle">{t('dossier.confirmIntro')}</p>
      <dl className="summary" data-testid="confirm-summary">
        {rows.map(([key, label, value]) => (
          <div className="summary-row" key={key} data-testid={`confirm-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </ScreenFrame>
  );
}
