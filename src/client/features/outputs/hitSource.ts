import type { AttributionHit } from '../../../domain/outputs/attributionCheck';
import type { OutputSources } from '../../../domain/outputs/outputDocument';

/** The flagged field's text as stored now ('' when its record is gone). */
export function fieldText(
  sources: OutputSources,
  hit: Pick<AttributionHit, 'recordType' | 'recordId' | 'field'>,
): string {
  const record = (() => {
    switch (hit.recordType) {
      case 'finding':
        return sources.findings.find((one) => one.id === hit.recordId);
      case 'recommendation':
        return sources.recommendations.find((one) => one.id === hit.recordId);
      case 'outputDraft':
        return sources.draft?.id === hit.recordId ? sources.draft : undefined;
      case 'engagement':
        return sources.engagement;
      case 'scopeQuestion':
        return sources.scopeQuestions.find((one) => one.id === hit.recordId);
      case 'theme':
        return sources.themes.find((one) => one.id === hit.recordId);
    }
  })();
  const value: unknown = record ? (record as Record<string, unknown>)[hit.field] : undefined;
  return typeof value === 'string' ? value : '';
}
