'use server';

import { validatedAction } from '@/lib/action';
import { circulateStatement } from '@/lib/statements/circulate-statement';
import { createStatement } from '@/lib/statements/create-statement';
import { statementPath } from '@/lib/statements/links';
import { saveRevision } from '@/lib/statements/save-revision';
import { circulateStatementSchema, createStatementSchema, saveRevisionSchema } from '@/lib/statements/schemas';

/** A statement's pages and its meeting's, which lists it. */
const statementPages = (statement: { id: string; meetingId: string }) => [statementPath(statement), `/meetings/${statement.meetingId}`];

export const createStatementAction = validatedAction(createStatementSchema, createStatement, { revalidate: statementPages });
export const saveRevisionAction = validatedAction(saveRevisionSchema, saveRevision, { revalidate: statementPages });
export const circulateStatementAction = validatedAction(circulateStatementSchema, circulateStatement, { revalidate: statementPages });
