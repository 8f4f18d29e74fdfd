import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slideHeading } from '../../../src/domain/outputs/layoutDeck';
import { fullSources, identifyingValues, secrets } from '../../../src/domain/outputs/outputSources.fixture';
import { letterPdf, presentationPdf } from '../../../src/client/features/outputs/outputPdf';
import { officeClientOrSkip, pdfPageCount, pdfPageTexts, type OfficeClient } from './officeClient';
import { builtFromSources } from './outputFixtures';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The PDF as poppler reads it: its page count, each page's text, and its properties. */
async function readPdf(client: OfficeClient, blob: Blob) {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-pdf-'));
  try {
    const file = join(dir, 'output.pdf');
    await writeFile(file, new Uint8Array(await blob.arrayBuffer()));
    return { pages: await pdfPageCount(client, file), texts: await pdfPageTexts(client, file) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Nothing attributable anywhere in the file: neither in its text nor in its properties. */
function expectNothingAttributable(texts: readonly string[], raw: string) {
  const all = texts.join(' ');
  for (const value of [...secrets, ...identifyingValues(fullSources())]) {
    expect(all).not.toContain(value);
    expect(raw).not.toContain(value);
  }
  expect(raw).toContain('/Author (Peer challenge team)');
}

describe('the PDF files', () => {
  it('the presentation: a page per slide with its heading, and nothing attributable', async (context) => {
    const client = officeClientOrSkip(context);
    if (!client) return;
    const { presentation, slides } = builtFromSources();
    const blob = presentationPdf(presentation.title, slides);
    const { pages, texts } = await readPdf(client, blob);
    expect(pages).toBe(slides.length);
    slides.forEach((slide, index) => {
      expect(texts[index], `slide ${index + 1}`).toContain(oneLine(slideHeading(slide)));
    });
    expectNothingAttributable(texts, await blob.text());
  });

  it('the letter: every heading and numbered paragraph, and nothing attributable', async (context) => {
    const client = officeClientOrSkip(context);
    if (!client) return;
    const { letter } = builtFromSources();
    const blob = letterPdf(letter);
    const { texts } = await readPdf(client, blob);
    const all = texts.join(' ');
    for (const heading of [letter.title, ...letter.body.sections.map((section) => section.heading)]) {
      expect(all).toContain(oneLine(heading));
    }
    // The first numbered paragraph of the letter carries its number, as in the .docx.
    expect(all).toMatch(/\b1\. /);
    expectNothingAttributable(texts, await blob.text());
  });
});
