import { useState, type FormEvent } from 'react';
import type { Engagement } from '../../../domain/records/engagement';
import { useAppServices } from '../../services/appServices';
import { updateEngagementDetails, type EngagementDetails } from '../../store/engagementRepository';
import { toStoreError, type StoreError } from '../../store/storeError';
import { validateDetails, type DetailsErrors } from './detailsValidation';

type FieldProps = {
  field: keyof EngagementDetails;
  label: string;
  type: 'text' | 'date';
  details: EngagementDetails;
  errors: DetailsErrors;
  onChange: (field: keyof EngagementDetails, value: string) => void;
};

function DetailsField({ field, label, type, details, errors, onChange }: FieldProps) {
  const inputId = `details-${field}`;
  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type={type}
        value={details[field]}
        onChange={(event) => onChange(field, event.target.value)}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? errorId : undefined}
      />
      {errors[field] ? (
        <span id={errorId} className="field-error">
          {errors[field]}
        </span>
      ) : null}
    </div>
  );
}

function detailsOf({ council, title, onSiteFrom, onSiteTo }: Engagement): EngagementDetails {
  return { council, title, onSiteFrom, onSiteTo };
}

function sameDetails(a: EngagementDetails, b: EngagementDetails): boolean {
  return a.council === b.council && a.title === b.title && a.onSiteFrom === b.onSiteFrom && a.onSiteTo === b.onSiteTo;
}

/** Council, title and on-site dates; checked field by field before anything is saved. */
export function EngagementDetailsForm({ engagement }: { engagement: Engagement }) {
  const { db } = useAppServices();
  const stored = detailsOf(engagement);
  const [base, setBase] = useState(stored);
  const [details, setDetails] = useState<EngagementDetails>(stored);
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [storeError, setStoreError] = useState<StoreError | null>(null);
  const [saved, setSaved] = useState(false);
  // Details changed elsewhere (a sync, another tab) replace the form's values unless the
  // manager is part-way through editing them: their typing is never overwritten.
  if (!sameDetails(base, stored)) {
    setBase(stored);
    if (sameDetails(details, base)) setDetails(stored);
  }
  const onChange = (field: keyof EngagementDetails, value: string) => {
    setDetails((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { ...details, council: details.council.trim(), title: details.title.trim() };
    const found = validateDetails(trimmed);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await updateEngagementDetails(db, engagement.id, trimmed);
      setDetails(trimmed);
      setStoreError(null);
      setSaved(true);
    } catch (caught) {
      setStoreError(toStoreError(caught));
    }
  };
  const shared = { details, errors, onChange };
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="details-heading" noValidate>
      <h2 id="details-heading">Engagement details</h2>
      <div className="form-grid">
        <DetailsField field="council" label="Council" type="text" {...shared} />
        <DetailsField field="title" label="Title" type="text" {...shared} />
        <DetailsField field="onSiteFrom" label="First day on site" type="date" {...shared} />
        <DetailsField field="onSiteTo" label="Last day on site" type="date" {...shared} />
      </div>
      <button type="submit" className="primary">
        Save details
      </button>
      <p role="status">{saved ? 'Details saved on this device.' : ''}</p>
      {storeError ? <p role="alert">{storeError.message}</p> : null}
    </form>
  );
}
