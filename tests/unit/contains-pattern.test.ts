import { describe, expect, it } from 'vitest';
import { containing } from '@/db/queries/contains';

describe('containing', () => {
  it('matches the term anywhere', () => {
    expect(containing('kim')).toBe('%kim%');
    expect(containing('')).toBe('%%');
  });

  it('escapes what ILIKE would read as wildcards, so they match themselves', () => {
    expect(containing('100%')).toBe('%100\\%%');
    expect(containing('a_b')).toBe('%a\\_b%');
    expect(containing('C:\\files')).toBe('%C:\\\\files%');
  });
});
