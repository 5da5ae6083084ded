/**
 * The closest-key suggestion behind "did you mean ...?": the edit distance is the optimal string
 * alignment distance (Damerau-Levenshtein with adjacent transpositions, no substring edited twice).
 * Every expected distance below is counted by hand: the edits are listed beside it.
 */
import { closest, editDistance } from '../../src/model';

describe('editDistance', () => {
  test.each([
    ['', '', 0, 'nothing to do'],
    ['abc', '', 3, 'three deletions'],
    ['', 'abcd', 4, 'four insertions'],
    ['abc', 'abc', 0, 'equal'],
    ['a', 'b', 1, 'one substitution'],
    ['kitten', 'sitting', 3, 'k->s, e->i, insert g'],
    ['flaw', 'lawn', 2, 'delete f, insert n'],
    ['ab', 'ba', 1, 'one transposition'],
    ['abcdef', 'abdcef', 1, 'one transposition inside'],
    ['horizon', 'hroizon', 1, 'one transposition (a typo of the key)'],
    ['abab', 'baba', 2, 'two transpositions, or delete a and append a'],
    // Optimal string alignment does not edit a transposed pair again: true Damerau-Levenshtein gives 2.
    ['ca', 'abc', 3, 'c->a, a->b, insert c'],
    // One of the two transposition conditions alone is not a transposition.
    ['ab', 'bc', 2, 'delete a, append c'],
    ['ab', 'ca', 2, 'a->c, b->a'],
    ['HORIZON', 'horizon', 7, 'letter case counts here (closest folds it)'],
  ])('%s -> %s is %d (%s)', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest', () => {
  const keys = ['horizon', 'successRate', 'seed', 'costTotal'];

  test('a typo gets the key it is nearest to, in the key spelling', () => {
    expect(closest('horizn', keys)).toBe('horizon');
    expect(closest('SUCCESSRATE', keys)).toBe('successRate');
    expect(closest('  ', [])).toBeUndefined();
  });

  test('of candidates at the same distance the first one listed wins', () => {
    expect(closest('ab', ['ac', 'ad'])).toBe('ac');
    expect(closest('ab', ['ad', 'ac'])).toBe('ad');
  });

  test('a guess is offered up to max(2, ceil(length of the candidate / 3)) edits away', () => {
    // 'seed' (4 letters): ceil(4/3) = 2, so 2 edits are a typo and 3 are not.
    expect(closest('sxxd', ['seed'])).toBe('seed');
    expect(closest('xxxd', ['seed'])).toBeUndefined();
    // 'ab' (2 letters): ceil(2/3) = 1, but the floor of 2 applies.
    expect(closest('xy', ['ab'])).toBe('ab');
    expect(closest('xyz', ['ab'])).toBeUndefined();
    // 'horizon' (7 letters): ceil(7/3) = 3 (the floor would give 2).
    expect(closest('hxyzzon', ['horizon'])).toBe('horizon');
    expect(closest('hxyzzow', ['horizon'])).toBeUndefined();
    // Measured on the candidate, not on the word typed: 'horizonxxxx' (11 letters, ceil(11/3) = 4) is
    // 4 insertions from 'horizon', past its 3.
    expect(closest('horizonxxx', ['horizon'])).toBe('horizon');
    expect(closest('horizonxxxx', ['horizon'])).toBeUndefined();
  });
});
