import { positionKinds, type PositionKind } from './values';

/** The parties' positions as the page and the paper list them: by party, a reservation before an explanation. */
export function orderPositions<T extends { partyName: string; kind: PositionKind }>(positions: readonly T[]): T[] {
  return [...positions].sort((a, b) => a.partyName.localeCompare(b.partyName, 'en') || positionKinds.indexOf(a.kind) - positionKinds.indexOf(b.kind));
}
