import { SEXES, SEX_LABELS, type Applicant } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { changedFields, type ApplicantField, type ApplicantForm } from '../model/applicant-form';

interface Props {
  registered: Applicant;
  form: ApplicantForm;
  invalid: readonly ApplicantField[];
  onChange(form: ApplicantForm): void;
}

const TEXT_FIELDS: { field: Exclude<ApplicantField, 'sex'>; type?: string; wide?: boolean; placeholder?: string }[] = [
  { field: 'name', wide: true },
  { field: 'idNumber' },
  { field: 'dateOfBirth', placeholder: 'dd/mm/yyyy' },
  { field: 'phone', type: 'tel' },
  { field: 'email', type: 'email' },
  { field: 'address', wide: true },
];

/** The applicant as registered at the kiosk, for the officer to check against the ID card and correct. */
export function ApplicantFields({ registered, form, invalid, onChange }: Props) {
  const { t, pick } = useI18n();
  const changed = new Set(changedFields(registered, form));
  const mark = (field: ApplicantField) => (
    <span>
      {t(`dossier.field.${field}`)}
      {changed.has(field) && <span className="edited-tag">{t('dossier.edited')}</span>}
    </span>
  );
  return (
    <fieldset className="dossier-fields">
      <legend>{t('dossier.applicant')}</legend>
      {TEXT_FIELDS.map(({ field, type, wide, placeholder }) => (
        <label key={field} className={wide ? 'wide' : undefined}>
          {mark(field)}
          <input
            name={`applicant.${field}`}
            type={type ?? 'text'}
            placeholder={placeholder}
            value={form[field]}
            aria-invalid={invalid.includes(field)}
            onChange={(e) => onChange({ ...form, [field]: e.target.value })}
          />
        </label>
      ))}
      <label>
        {mark('sex')}
        <select
          name="applicant.sex"
          value={form.sex}
          onChange={(e) => onChange({ ...form, sex: e.target.value as ApplicantForm['sex'] })}
        >
          {SEXES.map((s) => (
            <option key={s} value={s}>
              {pick(SEX_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
