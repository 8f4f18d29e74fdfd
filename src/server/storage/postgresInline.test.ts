import { describe, expect, it } from 'vitest';
import { escapeLiteral as pgEscapeLiteral } from 'pg';
import { escapeLiteral, inlineParameters } from './postgresInline';

describe('inlineParameters', () => {
  it('writes text, numbers, nulls and arrays as literals, keeping each cast', () => {
    expect(
      inlineParameters('SELECT f($1, $2::text[], $3::bigint[], $10, $4)', [
        "it's",
        ['a', null],
        [1, 2],
        null,
        'e',
        'f',
        'g',
        'h',
        'i',
        7,
      ]),
    ).toBe("SELECT f('it''s', ARRAY['a',NULL]::text[], ARRAY[1,2]::bigint[], 7, NULL)");
  });

  it('escapes backslashes so the text reads back as sent', () => {
    expect(inlineParameters('SELECT $1', ['a\\b'])).toBe("SELECT  E'a\\\\b'");
  });

  it('writes an empty array for its cast to type', () => {
    expect(inlineParameters('SELECT $1::text[]', [[]])).toBe('SELECT ARRAY[]::text[]');
  });

  it('refuses a number that is not a safe whole number, and a missing value', () => {
    expect(() => inlineParameters('SELECT $1', [1.5])).toThrow();
    expect(() => inlineParameters('SELECT $2', ['a'])).toThrow();
  });
});

describe('escapeLiteral', () => {
  it("escapes as pg's escapeLiteral does", () => {
    for (const text of ['', 'plain', "it's", 'a\\b', "both ' and \\ and ''", '{"text":"say \\"hi\\""}', 'ünïcode ✓'])
      expect(escapeLiteral(text)).toBe(pgEscapeLiteral(text));
  });
});
