import type { PublishedSnapshot } from '../../../domain/records/publishedSnapshot';
import { formatDate } from '../../ui/formatTime';

const kindWords: Record<PublishedSnapshot['kind'], string> = {
  presentation: 'Presentation',
  'summary letter': 'Summary letter',
};

/** "Summary letter 2, published 4 December 2026": which version this is and when it was shared. */
export function snapshotDescription(snapshot: Pick<PublishedSnapshot, 'kind' | 'number' | 'publishedAt'>): string {
  return `${kindWords[snapshot.kind]} ${snapshot.number}, published ${formatDate(snapshot.publishedAt)}`;
}
