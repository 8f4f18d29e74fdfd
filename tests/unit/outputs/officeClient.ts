import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How to get the real client; .ci/run does this itself when it runs as root. */
export const installHint =
  'LibreOffice or poppler-utils not found: run "sudo apt-get install -y libreoffice-impress libreoffice-writer poppler-utils"';

const onPath = (name: string): string | undefined =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });

export type OfficeClient = { soffice: string; pdftotext: string; pdfinfo: string };

/** LibreOffice and poppler's tools, or undefined when any is missing. */
export function findOfficeClient(): OfficeClient | undefined {
  const soffice = onPath('soffice') ?? onPath('libreoffice');
  const pdftotext = onPath('pdftotext');
  const pdfinfo = onPath('pdfinfo');
  return soffice && pdftotext && pdfinfo ? { soffice, pdftotext, pdfinfo } : undefined;
}

/**
 * The real client, or undefined with the test skipped and the reason printed (the default
 * reporter only counts skips). As root (CI) .ci/run installs the packages, so a missing
 * client there is a failure.
 */
export function officeClientOrSkip(context: { skip: (note?: string) => void }): OfficeClient | undefined {
  const client = findOfficeClient();
  if (client) return client;
  if (process.getuid?.() === 0) throw new Error(`${installHint} (.ci/run installs them when run as root)`);
  console.warn(installHint);
  context.skip(installHint);
  return undefined;
}

/**
 * Converts files to PDF in `outDir` with one headless LibreOffice start (slow: seconds).
 * A private profile keeps it from meeting another instance or a user's settings.
 */
export async function convertToPdf(client: OfficeClient, files: string[], outDir: string): Promise<void> {
  const profile = `file://${join(outDir, 'libreoffice-profile')}`;
  await run(
    client.soffice,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 150_000 },
  );
}

export async function pdfPageCount(client: OfficeClient, pdf: string): Promise<number> {
  const { stdout } = await run(client.pdfinfo, [pdf]);
  const pages = /^Pages:\s+(\d+)$/m.exec(stdout);
  if (!pages) throw new Error(`pdfinfo gave no page count for ${pdf}:\n${stdout}`);
  return Number(pages[1]);
}

/** Each page's text, whitespace run together so a heading wrapped over two lines still reads whole. */
export async function pdfPageTexts(client: OfficeClient, pdf: string): Promise<string[]> {
  const { stdout } = await run(client.pdftotext, ['-enc', 'UTF-8', pdf, '-']);
  return stdout
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' ').trim())
    .filter((page, index, pages) => page !== '' || index < pages.length - 1);
}
