'use server';

import { validatedAction } from '@/lib/action';
import { circulateStatement } from '@/lib/statements/circulate-statement';
import { createStatement } from '@/lib/statements/create-statement';
import { saveRevision } from '@/lib/statements/save-revision';
import { circulateStatementSchema, createStatementSchema, saveRevisionSchema } from '@/lib/statements/schemas';

export const createStatementAction = validatedAction(createStatementSchema, createStatement);
export const saveRevisionAction = validatedAction(saveRevisionSchema, saveRevision);
export const circulateStatementAction = validatedAction(circulateStatementSchema, circulateStatement);
