'use server';

import { validatedAction } from '@/lib/action';
import { addParty } from '@/lib/parties/add-party';
import { renameParty } from '@/lib/parties/rename-party';
import { retireParty } from '@/lib/parties/retire-party';
import { addPartySchema, renamePartySchema, retirePartySchema } from '@/lib/parties/schemas';

export const addPartyAction = validatedAction(addPartySchema, addParty);
export const renamePartyAction = validatedAction(renamePartySchema, renameParty);
export const retirePartyAction = validatedAction(retirePartySchema, retireParty);
