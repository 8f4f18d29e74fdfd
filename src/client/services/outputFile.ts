import type { OutputDocument, Slide } from '../../domain/outputs/outputDocument';

/** A file name from the output's title: letters, digits and dashes, so every system keeps it. */
export function outputFileName(title: string, extension: 'pptx' | 'docx'): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || 'output'}.${extension}`;
}

/**
 * The feedback presentation as a .pptx File. pptxgenjs is loaded here, on first use, so it
 * stays out of the bundle every screen loads.
 */
export async function presentationFile(title: string, slides: readonly Slide[]): Promise<File> {
  const { deckToPptx } = await import('../../outputs/pptx/deckToPptx');
  const blob = await deckToPptx(title, slides, 'blob');
  return new File([blob], outputFileName(title, 'pptx'), { type: blob.type });
}

/** The summary letter as a .docx File; the docx package is loaded on first use. */
export async function letterFile(letter: OutputDocument): Promise<File> {
  const { letterToDocx } = await import('../../outputs/docx/letterToDocx');
  const blob = await letterToDocx(letter, 'blob');
  return new File([blob], outputFileName(letter.title, 'docx'), { type: blob.type });
}
