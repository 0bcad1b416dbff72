// closest and editDistance: the "did you mean" of the build's problems and the command line.
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/closest.js';

describe('editDistance', () => {
  it('counts single-character insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', '')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', 'acb')).toBe(2);
  });
});

describe('closest', () => {
  it('gives the accepted value a typo is closest to, the first of equals', () => {
    expect(closest('--contry', ['--city', '--country'])).toBe('--country');
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
    expect(closest('ab', ['ay', 'ax'])).toBe('ay');
  });

  it('takes a value that differs only in case, however long', () => {
    expect(closest('COUNTRY', ['city', 'country'])).toBe('country');
  });

  it('gives nothing when no accepted value is close enough', () => {
    expect(closest('zzzzzz', ['country'])).toBeUndefined();
    expect(closest('abc', [])).toBeUndefined();
    // A third of the length, at least two edits.
    expect(closest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(closest('abcdefghi', ['abcdewxyz'])).toBeUndefined();
    expect(closest('ab', ['xy'])).toBe('xy');
  });
});
