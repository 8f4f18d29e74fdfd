import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterToDocx } from '../../../src/outputs/docx/letterToDocx';
import { slideHeading } from '../../../src/domain/outputs/layoutDeck';
import { deckToPptx } from '../../../src/outputs/pptx/deckToPptx';
import { convertToPdf, officeClientOrSkip, pdfPageCount, pdfPageTexts } from './officeClient';
import { builtFromSources } from './outputFixtures';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a real client opens the files', () => {
  it(
    'LibreOffice turns the .pptx into a page per slide and the .docx into a PDF holding every heading',
    { timeout: 180_000 },
    async (context) => {
      const client = officeClientOrSkip(context);
      if (!client) return;
      const dir = await mkdtemp(join(tmpdir(), 'triangulate-office-'));
      try {
        const deckFile = join(dir, 'presentation.pptx');
        const letterFile = join(dir, 'letter.docx');
        // The model's own outputs from a whole engagement, as the app and the admin CLI build them.
        const { presentation, slides, letter } = builtFromSources();
        await writeFile(deckFile, await deckToPptx(presentation.title, slides, 'bytes'));
        await writeFile(letterFile, await letterToDocx(letter, 'bytes'));
        await convertToPdf(client, [deckFile, letterFile], dir);

        const deckPdf = join(dir, 'presentation.pdf');
        expect(await pdfPageCount(client, deckPdf)).toBe(slides.length);
        const pages = await pdfPageTexts(client, deckPdf);
        slides.forEach((slide, index) => {
          expect(pages[index], `slide ${index + 1}`).toContain(oneLine(slideHeading(slide)));
        });

        const letterText = (await pdfPageTexts(client, join(dir, 'letter.pdf'))).join(' ');
        for (const heading of [letter.title, ...letter.body.sections.map((section) => section.heading)]) {
          expect(letterText).toContain(oneLine(heading));
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
