import { layoutDeck } from '../../../domain/outputs/layoutDeck';
import type { OutputDocument } from '../../../domain/outputs/outputDocument';
import { letterFile, outputFileName, presentationFile } from '../../services/outputFile';

/** The output's own file: .pptx for the presentation, .docx for the letter (libraries loaded on first use). */
export function officeFile(output: OutputDocument): Promise<File> {
  return output.kind === 'presentation' ? presentationFile(output.title, layoutDeck(output)) : letterFile(output);
}

/** The output as a PDF; jspdf is loaded by import() here, on first use, never at start. */
export async function pdfFile(output: OutputDocument): Promise<File> {
  const { presentationPdf, letterPdf } = await import('./outputPdf');
  const blob = output.kind === 'presentation' ? presentationPdf(output.title, layoutDeck(output)) : letterPdf(output);
  const name = outputFileName(output.title, 'pptx').replace(/\.pptx$/, '.pdf');
  return new File([blob], name, { type: 'application/pdf' });
}
