import { describe, expect, it } from 'vitest';
import { paperDate, paperDateRange } from '@/lib/documents/paper-dates';
import { mastheadLines } from '@/lib/documents/paper-masthead';

describe('dates on papers', () => {
  it('prints a day as UN papers do', () => {
    expect(paperDate('2023-10-02')).toBe('2 October 2023');
    expect(paperDate('2027-03-16')).toBe('16 March 2027');
  });

  it("prints a meeting's days as one range, with an en dash and no spaces", () => {
    expect(paperDateRange('2023-11-23', '2023-11-24')).toBe('23\u201324 November 2023');
    expect(paperDateRange('2027-11-30', '2027-12-01')).toBe('30 November\u20131 December 2027');
    expect(paperDateRange('2026-12-30', '2027-01-02')).toBe('30 December 2026\u20132 January 2027');
    expect(paperDateRange('2027-03-05', '2027-03-05')).toBe('5 March 2027');
  });

  it("puts the symbol, the distribution, the day of issue and the original language in a paper's masthead", () => {
    const masthead = { symbol: 'ESCAP/NEASPEC/SOM(27)/1', isPublic: true, issuedOn: '2027-02-01', originalLanguage: 'English' };
    expect(mastheadLines(masthead)).toEqual(['ESCAP/NEASPEC/SOM(27)/1', 'Distr.: General', '1 February 2027', 'Original: English']);
    expect(mastheadLines({ ...masthead, isPublic: false })[1]).toBe('Distr.: Restricted');
  });
});
