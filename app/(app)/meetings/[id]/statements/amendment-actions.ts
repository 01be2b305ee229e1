'use server';

import { validatedAction } from '@/lib/action';
import { amendmentRefSchema, commentOnStatementSchema, commentRefSchema, disposeAmendmentSchema, produceRevisionSchema, proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { commentOnStatement } from '@/lib/statements/comment-on-statement';
import { cosponsorAmendment } from '@/lib/statements/cosponsor-amendment';
import { disposeAmendment } from '@/lib/statements/dispose-amendment';
import { produceRevision } from '@/lib/statements/produce-revision';
import { proposeAmendment } from '@/lib/statements/propose-amendment';
import { withdrawAmendment } from '@/lib/statements/withdraw-amendment';
import { withdrawStatementComment } from '@/lib/statements/withdraw-statement-comment';
import { withdrawSupport } from '@/lib/statements/withdraw-support';

export const proposeAmendmentAction = validatedAction(proposeAmendmentSchema, proposeAmendment);
export const cosponsorAmendmentAction = validatedAction(amendmentRefSchema, cosponsorAmendment);
export const withdrawSupportAction = validatedAction(amendmentRefSchema, withdrawSupport);
export const withdrawAmendmentAction = validatedAction(amendmentRefSchema, withdrawAmendment);
export const disposeAmendmentAction = validatedAction(disposeAmendmentSchema, disposeAmendment);
export const produceRevisionAction = validatedAction(produceRevisionSchema, produceRevision);
export const commentOnStatementAction = validatedAction(commentOnStatementSchema, commentOnStatement);
export const withdrawStatementCommentAction = validatedAction(commentRefSchema, withdrawStatementComment);
