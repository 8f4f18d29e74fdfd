import { describe, expect, it } from 'vitest';
import { letterFile, outputFileName, presentationFile } from '../../../src/client/services/outputFile';
import { presentationFileType } from '../../../src/outputs/fileContent';
import { officeParts, slideParts } from './officeFile';
import { deck, deckTitle, letter } from './outputFixtures';

describe('output files for the browser', () => {
  it.each([
    [
      'Corporate peer challenge: Riverside & Vale Council, 3–6 March',
      'Corporate-peer-challenge-Riverside-Vale-Council-3-6-March.pptx',
    ],
    ['Ynys Môn — Adults’ services', 'Ynys-Mon-Adults-services.pptx'],
    ['… ✱ …', 'output.pptx'],
    [`${'a'.repeat(79)} b`, `${'a'.repeat(79)}.pptx`],
  ])('names the file after the title: %s', (title, name) => {
    expect(outputFileName(title, 'pptx')).toBe(name);
  });

  it('builds the presentation as a .pptx File', async () => {
    const file = await presentationFile(deckTitle, deck);
    expect(file.name).toBe('Corporate-peer-challenge-Riverside-Vale-Council-feedback-presentation.pptx');
    expect(file.type).toBe(presentationFileType);
    expect(slideParts(officeParts(new Uint8Array(await file.arrayBuffer())))).toHaveLength(deck.length);
  });

  it('builds the summary letter as a .docx File', async () => {
    const file = await letterFile(letter);
    expect(file.name).toBe('Corporate-peer-challenge-Riverside-Vale-Council-summary-letter.docx');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(officeParts(new Uint8Array(await file.arrayBuffer())).get('word/document.xml')).toContain('Leadership');
  });
});
