import { describe, expect, it } from 'vitest';
import { isOrdinaryWord } from './ordinaryWords';

describe('isOrdinaryWord', () => {
  it.each(['hope', 'grace', 'mark', 'will', 'rose', 'baker', 'hill', 'smith', 'young', 'organisation', 'colour'])(
    '%s is an ordinary word',
    (word) => expect(isOrdinaryWord(word)).toBe(true),
  );

  it.each(['okonkwo', 'priya', 'jose', 'patel', 'khan', 'sian', 'siobhan', 'di', 'al', 'del', 'ben'])(
    '%s is not',
    (word) => expect(isOrdinaryWord(word)).toBe(false),
  );
});
