import { useState } from 'react';
import type { Theme } from '../../../domain/records/theme';
import { themeTemplateIds, themeTemplates, type ThemeTemplateId } from '../../../domain/templates/themeTemplates';
import { useAppServices } from '../../services/appServices';
import { toStoreError, type StoreError } from '../../store/storeError';
import { applyThemeTemplate, missingTemplateThemes } from '../../store/themeRepository';

/**
 * Starts the theme list from a programme's template, or adds the template's missing
 * themes to a list the team already has. It never removes or renames a theme.
 */
export function ThemeTemplatePicker({ engagementId, themes }: { engagementId: string; themes: readonly Theme[] }) {
  const { db } = useAppServices();
  const [templateId, setTemplateId] = useState<ThemeTemplateId>(themeTemplateIds[0]);
  const [error, setError] = useState<StoreError | null>(null);
  const [added, setAdded] = useState<string[] | null>(null);
  const missing = missingTemplateThemes(themes, templateId);
  const empty = themes.length === 0;
  const apply = async () => {
    try {
      setAdded(await applyThemeTemplate(db, engagementId, templateId));
      setError(null);
    } catch (caught) {
      setError(toStoreError(caught));
    }
  };
  return (
    <div className="template-picker">
      <h3>{empty ? 'Start from a template' : 'Add themes from a template'}</h3>
      <div className="form-row">
        <label>
          Theme template
          <select
            value={templateId}
            onChange={(event) => {
              setTemplateId(themeTemplateIds.find((id) => id === event.target.value) ?? themeTemplateIds[0]);
              setAdded(null);
            }}
          >
            {themeTemplateIds.map((id) => (
              <option key={id} value={id}>
                {themeTemplates[id].label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={empty ? 'primary' : undefined}
          disabled={missing.length === 0}
          onClick={() => void apply()}
        >
          {empty ? 'Use these themes' : `Add ${missing.length} missing theme${missing.length === 1 ? '' : 's'}`}
        </button>
      </div>
      <p className="muted">
        {missing.length === 0
          ? 'Every theme of this template is already in the list.'
          : `${empty ? 'Themes' : 'Would add'}: ${missing.join('; ')}.`}
      </p>
      <p role="status">
        {added && added.length > 0 ? `Added ${added.length} theme${added.length === 1 ? '' : 's'}.` : ''}
      </p>
      {error ? <p role="alert">{error.message}</p> : null}
    </div>
  );
}
