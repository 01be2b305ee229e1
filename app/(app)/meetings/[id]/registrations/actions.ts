'use server';

import { validatedAction } from '@/lib/action';
import { decideRegistrations } from '@/lib/registrations/decide-registrations';
import { decideRegistrationsSchema } from '@/lib/registrations/schemas';

export const decideRegistrationsAction = validatedAction(decideRegistrationsSchema, decideRegistrations);
