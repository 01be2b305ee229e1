// Where a statement is read: plain paths, for the browser and the server alike.

/** A statement's page for signed-in users (app/(app)/meetings/[id]/statements/[statementId]). */
export function statementPath(statement: { id: string; meetingId: string }): string {
  return `/meetings/${statement.meetingId}/statements/${statement.id}`;
}

/** The public permalink of a published statement (app/(public)/public/statements/[id]). */
export function publicStatementPath(statementId: string): string {
  return `/public/statements/${statementId}`;
}
