import type { Usage } from '../../../domain/records/whatUsesIt';

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "3 notes and 1 finding", or null when nothing uses it (or the count is not read yet). */
export function usageInWords(usage: Usage | undefined): string | null {
  if (!usage) return null;
  const parts = [
    ...(usage.notes > 0 ? [counted(usage.notes, 'note')] : []),
    ...(usage.findings > 0 ? [counted(usage.findings, 'finding')] : []),
  ];
  return parts.length > 0 ? parts.join(' and ') : null;
}
