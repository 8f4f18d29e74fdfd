import { saveFile } from '../lib/saveFile';

/** What happened to a file the team asked to share. */
export type ShareOutcome = 'shared' | 'cancelled' | 'downloaded';

/** Saves an output file (.pptx, .docx, PDF) to the device as a download. */
export function downloadOutputFile(file: File): void {
  saveFile(file, file.name);
}

/**
 * Offers the file to the device's share sheet (mail, Teams, AirDrop …) where the browser
 * can share files; elsewhere it is downloaded instead, so the button always does something.
 */
export async function shareOutputFile(file: File, title: string): Promise<ShareOutcome> {
  const shareable = { files: [file], title };
  if (typeof navigator.share !== 'function' || !navigator.canShare?.(shareable)) {
    downloadOutputFile(file);
    return 'downloaded';
  }
  try {
    await navigator.share(shareable);
    return 'shared';
  } catch (error) {
    // Closing the share sheet is a choice, not a failure.
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}
