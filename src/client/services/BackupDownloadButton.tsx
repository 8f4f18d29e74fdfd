import { useState } from 'react';
import { saveFile } from '../lib/saveFile';
import { BackupError } from '../store/backupError';
import { useAppServices } from './appServices';

/** "Download backup": everything of the engagement on this device in one zip, offline too. */
export function BackupDownloadButton({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: string | null }>({
    busy: false,
    error: null,
    done: null,
  });
  const download = async () => {
    setState({ busy: true, error: null, done: null });
    try {
      // Loaded on the first click: the banner that shows this button is on every screen.
      const { exportBackup } = await import('../store/backupExport');
      const { blob, fileName } = await exportBackup(db, engagementId, __APP_VERSION__);
      saveFile(blob, fileName);
      setState({ busy: false, error: null, done: `Backup saved as ${fileName}.` });
    } catch (error) {
      const message = error instanceof BackupError ? error.message : `Could not make the backup: ${String(error)}`;
      setState({ busy: false, error: message, done: null });
    }
  };
  return (
    <div className="backup-download">
      <button type="button" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? 'Making the backup…' : 'Download backup'}
      </button>
      {state.done ? <p role="status">{state.done}</p> : null}
      {state.error ? <p role="alert">{state.error}</p> : null}
    </div>
  );
}
