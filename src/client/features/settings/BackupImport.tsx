import { useId, useState } from 'react';
import { useAppServices } from '../../services/appServices';
import { BackupError } from '../../store/backupError';
import { importBackup, type ImportSummary } from '../../store/backupImport';

type ImportState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; summary: ImportSummary } | { kind: 'failed'; message: string };

function describe(summary: ImportSummary): string {
  if (summary.recordsUpdated === 0 && summary.photosAdded === 0)
    return 'Backup imported: this device already had everything in it.';
  const parts = [`${summary.recordsUpdated} records updated`, `${summary.editsQueued} edits to sync from this device`];
  if (summary.photosAdded > 0) parts.push(`${summary.photosAdded} photos added`);
  if (summary.keptLocal > 0) parts.push(`${summary.keptLocal} fields kept as edited on this device`);
  if (summary.notAllowed > 0) parts.push(`${summary.notAllowed} records left out (your role cannot change them)`);
  return `Backup imported: ${parts.join(', ')}.`;
}

/** "Import backup": brings a backup made on another device into this one; a bad file changes nothing. */
export function BackupImport({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', summary: await importBackup(db, engagementId, file) });
    } catch (error) {
      const message = error instanceof BackupError ? error.message : `Could not import the backup: ${String(error)}`;
      setState({ kind: 'failed', message: `Nothing was imported. ${message}` });
    } finally {
      input.value = ''; // the same file can be chosen again
    }
  };
  return (
    <div className="backup-import">
      <label htmlFor={id}>Import backup</label>
      <input
        id={id}
        type="file"
        accept=".zip,application/zip"
        disabled={state.kind === 'busy'}
        onChange={(event) => void onFile(event.currentTarget)}
      />
      {state.kind === 'busy' ? <p role="status">Importing…</p> : null}
      {state.kind === 'done' ? <p role="status">{describe(state.summary)}</p> : null}
      {state.kind === 'failed' ? <p role="alert">{state.message}</p> : null}
    </div>
  );
}
