import { describe, expect, it } from 'vitest';
import { partyInSentence, partyStartingSentence } from '@/lib/parties/names';

describe('a party named in a sentence', () => {
  it('takes "the" where UN usage gives the country one, and not otherwise', () => {
    expect(
      ['China', "Democratic People's Republic of Korea", 'Japan', 'Mongolia', 'Republic of Korea', 'Russian Federation'].map(partyInSentence),
    ).toEqual(['China', "the Democratic People's Republic of Korea", 'Japan', 'Mongolia', 'the Republic of Korea', 'the Russian Federation']);
    expect(['Philippines', 'Niger', 'Nigeria', 'United Kingdom of Great Britain and Northern Ireland', 'Kazakhstan'].map(partyInSentence)).toEqual([
      'the Philippines',
      'the Niger',
      'Nigeria',
      'the United Kingdom of Great Britain and Northern Ireland',
      'Kazakhstan',
    ]);
  });

  it('gives "the" to an organization named by what kind of body it is, not to one named by its acronym', () => {
    expect(['Asian Development Bank', 'United Nations Environment Programme', 'United Nations ESCAP', 'UNEP'].map(partyInSentence)).toEqual([
      'the Asian Development Bank',
      'the United Nations Environment Programme',
      'United Nations ESCAP',
      'UNEP',
    ]);
  });

  it('capitalizes the article at the start of a sentence, and leaves other names as they are', () => {
    expect(partyStartingSentence('Russian Federation')).toBe('The Russian Federation');
    expect(partyStartingSentence('Japan')).toBe('Japan');
  });
});
