import { describe, expect, it } from 'vitest';
import { readablePapers } from '@/lib/documents/readable-papers';
import { withdrawDocumentSchema } from '@/lib/documents/schemas';
import { paperUsesOf, withdrawalRefusal } from '@/lib/documents/withdrawal';

const id = '00000000-0000-4000-8000-000000000001';

describe('withdrawing a paper', () => {
  it('takes back a paper once, and never the paper of a published statement or an issued agenda', () => {
    const standing = { withdrawnAt: null };
    expect(withdrawalRefusal(standing, undefined)).toBeNull();
    expect(withdrawalRefusal(standing, 'statement')).toBe('withdrawStatementPaper');
    expect(withdrawalRefusal(standing, 'agenda')).toBe('withdrawAgendaPaper');
    expect(withdrawalRefusal({ withdrawnAt: new Date() }, undefined)).toBe('documentWithdrawn');
    expect(withdrawalRefusal({ withdrawnAt: new Date() }, 'statement')).toBe('documentWithdrawn');
  });

  it("knows a meeting's papers from its statements and agenda rows", () => {
    const uses = paperUsesOf([{ documentId: 'a' }, { documentId: null }], { agendaDocumentId: 'b', annotationsDocumentId: 'c' });
    expect([...uses.entries()].sort()).toEqual([
      ['a', 'statement'],
      ['b', 'agenda'],
      ['c', 'agenda'],
    ]);
    expect(paperUsesOf([], null).size).toBe(0);
  });

  it('asks for a reason of at least three characters, trimmed', () => {
    expect(withdrawDocumentSchema.parse({ documentId: id, reason: '  Wrong meeting  ' })).toEqual({ documentId: id, reason: 'Wrong meeting' });
    const refused = withdrawDocumentSchema.safeParse({ documentId: id, reason: ' no ' });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['reason', 'withdrawalReasonRequired']]);
    expect(withdrawDocumentSchema.safeParse({ documentId: 'x', reason: 'Wrong meeting' }).success).toBe(false);
  });
});

describe('the papers a reader sees', () => {
  const papers = [
    { symbol: 'public', isPublic: true, withdrawnAt: null },
    { symbol: 'restricted', isPublic: false, withdrawnAt: null },
    { symbol: 'withdrawn', isPublic: true, withdrawnAt: new Date('2026-12-01T00:00:00Z') },
    { symbol: 'withdrawn restricted', isPublic: false, withdrawnAt: new Date('2026-12-01T00:00:00Z') },
  ];
  const symbols = (reader: { readRestricted: boolean; readWithdrawn: boolean }) => readablePapers(papers, reader).map((paper) => paper.symbol);

  it('shows restricted papers to those who read them, and withdrawn ones to staff alone', () => {
    expect(symbols({ readRestricted: false, readWithdrawn: false })).toEqual(['public']);
    expect(symbols({ readRestricted: true, readWithdrawn: false })).toEqual(['public', 'restricted']);
    expect(symbols({ readRestricted: true, readWithdrawn: true })).toEqual(['public', 'restricted', 'withdrawn', 'withdrawn restricted']);
  });
});
