// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const partyKinds = ['member_state', 'organization', 'observer'] as const;
export type PartyKind = (typeof partyKinds)[number];

/**
 * The role an account of a party gets when it is not chosen by staff (signing up): a delegate for a
 * member state or an organization, an observer for an observer.
 */
export function roleForPartyKind(kind: PartyKind): 'delegate' | 'observer' {
  return kind === 'observer' ? 'observer' : 'delegate';
}
