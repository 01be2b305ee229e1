import type { Party } from '@/db/schema';

export type PartyOption = Pick<Party, 'id' | 'code' | 'name'>;
