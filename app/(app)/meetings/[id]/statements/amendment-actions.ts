'use server';

import { validatedAction } from '@/lib/action';
import { amendmentRefSchema, disposeAmendmentSchema, produceRevisionSchema, proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { cosponsorAmendment } from '@/lib/statements/cosponsor-amendment';
import { disposeAmendment } from '@/lib/statements/dispose-amendment';
import { statementPath } from '@/lib/statements/links';
import { produceRevision } from '@/lib/statements/produce-revision';
import { proposeAmendment } from '@/lib/statements/propose-amendment';
import { withdrawAmendment } from '@/lib/statements/withdraw-amendment';

/** The pages that show a statement's amendments: its own, and the page that merges them. */
const amendmentPages = (amendment: { statementId: string; meetingId: string }) => {
  const path = statementPath({ id: amendment.statementId, meetingId: amendment.meetingId });
  return [path, `${path}/merge`];
};

export const proposeAmendmentAction = validatedAction(proposeAmendmentSchema, proposeAmendment, { revalidate: amendmentPages });
export const cosponsorAmendmentAction = validatedAction(amendmentRefSchema, cosponsorAmendment, { revalidate: amendmentPages });
export const withdrawAmendmentAction = validatedAction(amendmentRefSchema, withdrawAmendment, { revalidate: amendmentPages });
export const disposeAmendmentAction = validatedAction(disposeAmendmentSchema, disposeAmendment, { revalidate: amendmentPages });
export const produceRevisionAction = validatedAction(produceRevisionSchema, produceRevision, {
  revalidate: (statement) => [statementPath(statement), `${statementPath(statement)}/compare`, `/meetings/${statement.meetingId}`],
});
