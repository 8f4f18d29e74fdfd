import { describe, expect, it } from 'vitest';
import type { SnapshotBlock } from '../records/publishedSnapshot';
import { draftBlocks } from './draftBlocks';

describe('draftBlocks', () => {
  it.each<{ name: string; text: string; blocks: SnapshotBlock[] }>([
    { name: 'empty text', text: '', blocks: [] },
    { name: 'only blank lines', text: ' \n\n  \n', blocks: [] },
    {
      name: 'one paragraph a line, blank lines dropped',
      text: 'First paragraph.\n\n  Second paragraph.  \r\nThird.',
      blocks: [
        { kind: 'paragraph', text: 'First paragraph.' },
        { kind: 'paragraph', text: 'Second paragraph.' },
        { kind: 'paragraph', text: 'Third.' },
      ],
    },
    {
      name: 'a run of marked lines is one list',
      text: 'We will:\n- send the letter\n* meet again\n• review in a year\nThen done.\n- another list',
      blocks: [
        { kind: 'paragraph', text: 'We will:' },
        { kind: 'bullets', items: ['send the letter', 'meet again', 'review in a year'] },
        { kind: 'paragraph', text: 'Then done.' },
        { kind: 'bullets', items: ['another list'] },
      ],
    },
    {
      name: 'a hyphen inside a line or without a space is not a list',
      text: 'Well-led council\n-5 degrees',
      blocks: [
        { kind: 'paragraph', text: 'Well-led council' },
        { kind: 'paragraph', text: '-5 degrees' },
      ],
    },
  ])('$name', ({ text, blocks }) => {
    expect(draftBlocks(text)).toEqual(blocks);
  });
});
