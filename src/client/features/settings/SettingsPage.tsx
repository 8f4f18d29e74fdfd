import { BackupDownloadButton } from '../../services/BackupDownloadButton';
import { useEngagementContext } from '../../services/engagementContext';
import { BackupImport } from './BackupImport';
import { DeletedNotesSection } from './DeletedNotesSection';
import { StorageSection } from './StorageSection';

/** This device's storage, backups and version: what to check before a long day offline. */
export function SettingsPage() {
  const { identity } = useEngagementContext();
  return (
    <main className="settings">
      <h1>Settings</h1>
      <StorageSection />
      <section aria-labelledby="settings-backup">
        <h2 id="settings-backup">Backup</h2>
        <p>
          A backup holds everything this device has of the engagement — notes, photos and edits not yet synced — in one
          file. It works offline. Import it on another device joined to the same engagement to carry on there.
        </p>
        <BackupDownloadButton engagementId={identity.engagementId} />
        <BackupImport engagementId={identity.engagementId} />
      </section>
      <DeletedNotesSection />
      <section aria-labelledby="settings-version">
        <h2 id="settings-version">Version</h2>
        <p>App version: {__APP_VERSION__}</p>
      </section>
    </main>
  );
}
