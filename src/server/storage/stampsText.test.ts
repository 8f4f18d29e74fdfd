import { describe, expect, it } from 'vitest';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import { stampsFromText, stampsToText } from './stampsText';

const edit = { rev: 7, deviceId: 'device-a', memberId: 'member-a', at: '2026-12-01T10:00:00.000Z' };
const later = { rev: 9, deviceId: 'device-b', memberId: 'member-b', at: '2026-12-01T11:00:00.000Z' };

describe('stored field stamps', () => {
  it('read back as they were written, each distinct stamp stored once', () => {
    const stamps: FieldStamps = { text: later, stance: edit, isQuote: edit, deleted: edit };
    const text = stampsToText(stamps);
    expect(stampsFromText(text)).toEqual(stamps);
    expect(text.split('device-a')).toHaveLength(2);
  });

  it('read rows written before as a plain object of stamps', () => {
    expect(stampsFromText(JSON.stringify({ text: edit, deleted: later }))).toEqual({ text: edit, deleted: later });
    expect(stampsFromText('{}')).toEqual({});
  });

  it('write the same JSON as the two parts stringified', () => {
    const stamps: FieldStamps = { text: later, stance: edit, 'odd "name"': later, deleted: edit };
    expect(stampsToText(stamps)).toBe(
      JSON.stringify([[later, edit], { text: 0, stance: 1, 'odd "name"': 0, deleted: 1 }]),
    );
  });

  it('write a record whose fields share one stamp as the two parts stringified, again and again', () => {
    const fields = ['text', 'odd "name"', 'stance', 'deleted'];
    for (const stamp of [edit, later, edit]) {
      const stamps: FieldStamps = Object.fromEntries(fields.map((field) => [field, stamp]));
      expect(stampsToText(stamps)).toBe(JSON.stringify([[stamp], { text: 0, 'odd "name"': 0, stance: 0, deleted: 0 }]));
    }
    expect(stampsToText({ stance: edit, text: edit })).toBe(JSON.stringify([[edit], { stance: 0, text: 0 }]));
  });

  it('write no stamps as no stamps', () => {
    expect(stampsFromText(stampsToText({}))).toEqual({});
  });

  it('write one-stamp records of different fields, one after another, each with its own fields', () => {
    const note: FieldStamps = { text: edit, stance: edit, deleted: edit };
    const theme: FieldStamps = { name: later, deleted: later };
    const sameCountOtherNames: FieldStamps = { text: edit, isQuote: edit, deleted: edit };
    for (const stamps of [note, theme, note, sameCountOtherNames, note]) {
      expect(stampsFromText(stampsToText(stamps))).toEqual(stamps);
    }
  });
});
