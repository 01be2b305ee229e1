import { z } from 'zod';
import { idSchema, requiredText } from '../schemas';
import { isCountryCode } from './countries';
import { partyKinds } from './values';

// Messages are keys of the `browserErrors` catalog namespace: the form and the server show the same words.

export const partyKindSchema = z.enum(partyKinds, { error: 'partyKindInvalid' });

/** Letters, digits and hyphens, as codes of organizations are written (ESCAP, UNEP, ADB, IUCN-ARO). */
const partyCodeSchema = z
  .string({ error: 'partyCodeInvalid' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, { error: 'partyCodeInvalid' });

const partyNameSchema = requiredText(2, 200, 'nameRequired');

export const addPartySchema = z
  .object({ code: partyCodeSchema, name: partyNameSchema, kind: partyKindSchema })
  // A member state is named by its ISO 3166-1 alpha-3 code, as the seeded ones are (MNG, KOR).
  .refine((party) => party.kind !== 'member_state' || isCountryCode(party.code), { error: 'countryCodeInvalid', path: ['code'] });
export type AddPartyInput = z.infer<typeof addPartySchema>;

export const renamePartySchema = z.object({ partyId: idSchema, name: partyNameSchema });
export type RenamePartyInput = z.infer<typeof renamePartySchema>;

export const retirePartySchema = z.object({ partyId: idSchema });
export type RetirePartyInput = z.infer<typeof retirePartySchema>;
