import { describe, expect, it } from 'vitest';
import { recordSchemas, recordTypes } from '../records/recordTypes';
import { parseRecordFields, type ParsedField } from './parseRecordFields';

const note = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  engagementId: '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c',
  rev: 3,
  updatedAt: '2026-12-05T09:00:00.000Z',
  deleted: false,
  sessionId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  text: 'Carers said the phone line still rings out.',
  evidenceType: 'heard',
  themeIds: [],
  scopeQuestionIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId: '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b',
  createdAt: '2026-12-05T09:00:00.000Z',
  documentReference: '  padded  ',
};
const none = new Map<string, ParsedField>();

/** What the record schema itself answers: the record, or its first issue. */
function schemaAnswer(candidate: Record<string, unknown>) {
  const result = recordSchemas.note.safeParse(candidate);
  if (result.success) return { success: true, data: result.data };
  const issue = result.error.issues[0];
  return { success: false, issue: { path: issue?.path, message: issue?.message } };
}

describe('parseRecordFields', () => {
  it('holds only while every record schema is a plain object: no rule across fields, no extra keys', () => {
    for (const recordType of recordTypes) {
      const { def } = recordSchemas[recordType];
      expect([recordType, def.checks ?? [], def.catchall]).toEqual([recordType, [], undefined]);
    }
  });

  it('answers as the record schema does for a valid record: defaults filled, text trimmed, unknown keys dropped', () => {
    const candidate = { ...note, stray: 1 };
    expect(parseRecordFields('note', candidate, none)).toEqual(schemaAnswer(candidate));
  });

  it('names the same first problem as the record schema: a bad value, then a missing field', () => {
    const badValue = { ...note, text: 42, stance: 'great' };
    expect(parseRecordFields('note', badValue, none)).toEqual(schemaAnswer(badValue));
    const { sessionId: _, ...missing } = note;
    expect(parseRecordFields('note', missing, none)).toEqual(schemaAnswer(missing));
  });

  it('takes a field parsed already when its value is the very one parsed, and parses any other value', () => {
    const parsed = new Map<string, ParsedField>([
      ['text', { input: note.text, output: 'as parsed before' }],
      ['stance', { input: 'strength', output: 'strength' }],
    ]);
    const answer = parseRecordFields('note', note, parsed);
    expect(answer).toMatchObject({ success: true, data: { text: 'as parsed before', stance: 'neutral' } });
  });
});
