// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const partyKinds = ['member_state', 'organization', 'observer'] as const;
export type PartyKind = (typeof partyKinds)[number];
