/**
 * The papers of a meeting a reader may see: restricted ones only if they read restricted papers,
 * withdrawn ones only if they manage the meeting's papers (they see them marked as withdrawn).
 */
export function readablePapers<T extends { isPublic: boolean; withdrawnAt: Date | null }>(
  papers: T[],
  reader: { readRestricted: boolean; readWithdrawn: boolean },
): T[] {
  return papers.filter((paper) => (paper.isPublic || reader.readRestricted) && (!paper.withdrawnAt || reader.readWithdrawn));
}
