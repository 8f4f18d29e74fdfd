import { BackupError } from './backupError';

/** One file to put in a zip: JSON text is compressed, photo bytes are stored as they are. */
export type ZipSource = { path: string; text: string } | { path: string; load: () => Promise<Uint8Array> };

/**
 * Writes a zip into a Blob one file at a time. Each file's compressed chunks become a
 * Blob part as soon as the file is done, so the whole archive is never held twice in
 * the page's memory; fflate is loaded only when someone asks for a backup.
 */
export async function writeZip(sources: AsyncIterable<ZipSource>): Promise<Blob> {
  const { Zip, ZipDeflate, ZipPassThrough } = await import('fflate');
  const parts: Blob[] = [];
  let chunks: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(new Uint8Array(chunk));
  });
  const settle = () => {
    if (failure) throw failure;
    if (chunks.length > 0) parts.push(new Blob(chunks));
    chunks = [];
  };
  for await (const source of sources) {
    if ('text' in source) {
      const file = new ZipDeflate(source.path, { level: 6 });
      zip.add(file);
      file.push(new TextEncoder().encode(source.text), true);
    } else {
      // Photos are already compressed: storing them costs no time and no memory.
      const file = new ZipPassThrough(source.path);
      zip.add(file);
      file.push(await source.load(), true);
    }
    settle();
  }
  zip.end();
  settle();
  return new Blob(parts, { type: 'application/zip' });
}

/** The files of a zip: JSON as text, everything else as bytes. A file that is not a zip is refused. */
export async function readZip(file: Blob): Promise<{ texts: Map<string, string>; binaries: Map<string, Uint8Array> }> {
  const { unzipSync } = await import('fflate');
  const bytes = new Uint8Array(await file.arrayBuffer());
  let entries: Record<string, Uint8Array>;
  try {
    // A zip Triangulate wrote starts with its first file's header ("PK\x03\x04"). Past a
    // damaged start, the reader finds the files by the directory at the end and reads
    // whatever lies where the damaged header points: some other message, or none, by chance.
    if (!startsWithFileHeader(bytes)) throw new Error('no zip file header at the start');
    entries = unzipSync(bytes);
  } catch {
    throw new BackupError(
      'not_a_zip',
      'This file is not a Triangulate backup: it is not a zip file. Choose the .zip file Triangulate downloaded.',
    );
  }
  const texts = new Map<string, string>();
  const binaries = new Map<string, Uint8Array>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.endsWith('/')) continue; // folders some zip tools add
    if (!path.endsWith('.json')) {
      binaries.set(path, bytes);
      continue;
    }
    try {
      texts.set(path, decoder.decode(bytes));
    } catch {
      throw new BackupError('invalid_file', `${path} is not valid: it is not text.`, path);
    }
  }
  return { texts, binaries };
}

const fileHeader = [0x50, 0x4b, 0x03, 0x04];
function startsWithFileHeader(bytes: Uint8Array): boolean {
  return fileHeader.every((byte, index) => bytes[index] === byte);
}
