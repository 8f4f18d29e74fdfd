import { useState } from 'react';
import type { OutputDocument } from '../../../domain/outputs/outputDocument';
import { downloadOutputFile, shareOutputFile } from '../../services/downloadOutputFile';
import { officeFile, pdfFile } from './outputFiles';
import { flagCount } from './outputWords';

/** Why export and publishing wait, in words; the id lets each blocked button point at it. */
export const blockedId = 'outputs-blocked';

export function BlockedMessage({ unresolvedCount }: { unresolvedCount: number }) {
  if (unresolvedCount === 0) return null;
  return (
    <p id={blockedId} className="outputs__blocked">
      Export, printing, publishing and the slideshow wait until the non-attribution check’s {flagCount(unresolvedCount)}{' '}
      {unresolvedCount === 1 ? 'is' : 'are'} fixed or accepted.
    </p>
  );
}

/**
 * The files of one output: .pptx or .docx, a PDF, sharing where the browser offers it,
 * and printing. All wait while the non-attribution check has a flag neither fixed nor
 * accepted.
 */
export function ExportActions({ output, unresolvedCount }: { output: OutputDocument; unresolvedCount: number }) {
  const [status, setStatus] = useState('');
  const blocked = unresolvedCount > 0;
  const office = output.kind === 'presentation' ? '.pptx' : '.docx';
  const run = async (what: string, make: () => Promise<File>, deliver: (file: File) => Promise<string>) => {
    setStatus(`Making the ${what}…`);
    try {
      setStatus(await deliver(await make()));
    } catch (error) {
      setStatus(`The ${what} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const download = async (file: File) => {
    downloadOutputFile(file);
    return `Downloaded ${file.name}.`;
  };
  const share = async (file: File) => {
    const outcome = await shareOutputFile(file, output.title);
    return outcome === 'shared'
      ? `Shared ${file.name}.`
      : outcome === 'cancelled'
        ? 'Not shared.'
        : `Downloaded ${file.name}.`;
  };
  const describedBy = blocked ? blockedId : undefined;
  return (
    <section aria-labelledby="export-heading" className="outputs__export no-print">
      <h2 id="export-heading">Export</h2>
      <div className="form-row">
        <button
          type="button"
          disabled={blocked}
          aria-describedby={describedBy}
          onClick={() => void run(`${office} file`, () => officeFile(output), download)}
        >
          Download {office}
        </button>
        <button
          type="button"
          disabled={blocked}
          aria-describedby={describedBy}
          onClick={() => void run('PDF', () => pdfFile(output), download)}
        >
          Download PDF
        </button>
        <button
          type="button"
          disabled={blocked}
          aria-describedby={describedBy}
          onClick={() => void run('PDF', () => pdfFile(output), share)}
        >
          Share PDF…
        </button>
        <button type="button" disabled={blocked} aria-describedby={describedBy} onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
