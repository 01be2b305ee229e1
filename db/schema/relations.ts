import { relations } from 'drizzle-orm';
import { agendaItemDocuments, agendaItems, agendas, followUps } from './agenda';
import { documents } from './documents';
import { meetingSeries, meetingSessions, meetings } from './meetings';
import { parties } from './parties';
import { projectReviews, projects } from './programme';
import {
  statementAmendmentSponsors,
  statementAmendments,
  statementComments,
  statementObjections,
  statementPositions,
  statementRevisions,
  statements,
} from './statements';
import { users } from './users';

// Only for the reads that take a meeting, its agenda or a statement with its lists in one statement
// (drizzle's relational queries: db/queries/meetings.ts, agenda.ts, statements.ts); they change no table, so
// migrations do not see them.
export const meetingRelations = relations(meetings, ({ one, many }) => ({
  series: one(meetingSeries, { fields: [meetings.seriesId], references: [meetingSeries.id] }),
  host: one(parties, { fields: [meetings.hostPartyId], references: [parties.id] }),
  chair: one(users, { fields: [meetings.chairUserId], references: [users.id] }),
  sessions: many(meetingSessions),
  documents: many(documents),
  agenda: one(agendas),
  agendaItems: many(agendaItems),
  statements: many(statements),
}));

export const meetingSessionRelations = relations(meetingSessions, ({ one }) => ({
  meeting: one(meetings, { fields: [meetingSessions.meetingId], references: [meetings.id] }),
}));

export const documentRelations = relations(documents, ({ one }) => ({
  meeting: one(meetings, { fields: [documents.meetingId], references: [meetings.id] }),
}));

export const agendaRelations = relations(agendas, ({ one }) => ({
  meeting: one(meetings, { fields: [agendas.meetingId], references: [meetings.id] }),
  adoptedBy: one(users, { fields: [agendas.adoptedByUserId], references: [users.id] }),
}));

export const agendaItemRelations = relations(agendaItems, ({ one, many }) => ({
  meeting: one(meetings, { fields: [agendaItems.meetingId], references: [meetings.id] }),
  presenterParty: one(parties, { fields: [agendaItems.presenterPartyId], references: [parties.id] }),
  session: one(meetingSessions, { fields: [agendaItems.sessionId], references: [meetingSessions.id] }),
  documents: many(agendaItemDocuments),
  followUps: many(followUps),
  reviews: many(projectReviews),
}));

export const agendaItemDocumentRelations = relations(agendaItemDocuments, ({ one }) => ({
  item: one(agendaItems, { fields: [agendaItemDocuments.agendaItemId], references: [agendaItems.id] }),
  document: one(documents, { fields: [agendaItemDocuments.documentId], references: [documents.id] }),
}));

export const followUpRelations = relations(followUps, ({ one }) => ({
  item: one(agendaItems, { fields: [followUps.agendaItemId], references: [agendaItems.id] }),
  ownerParty: one(parties, { fields: [followUps.ownerPartyId], references: [parties.id] }),
}));

export const projectReviewRelations = relations(projectReviews, ({ one }) => ({
  item: one(agendaItems, { fields: [projectReviews.agendaItemId], references: [agendaItems.id] }),
  project: one(projects, { fields: [projectReviews.projectId], references: [projects.id] }),
}));

export const statementRelations = relations(statements, ({ one, many }) => ({
  meeting: one(meetings, { fields: [statements.meetingId], references: [meetings.id] }),
  revisions: many(statementRevisions),
  amendments: many(statementAmendments),
  objections: many(statementObjections),
  positions: many(statementPositions),
  comments: many(statementComments),
}));

export const statementRevisionRelations = relations(statementRevisions, ({ one }) => ({
  statement: one(statements, { fields: [statementRevisions.statementId], references: [statements.id] }),
  author: one(users, { fields: [statementRevisions.createdByUserId], references: [users.id] }),
}));

export const statementAmendmentRelations = relations(statementAmendments, ({ one, many }) => ({
  statement: one(statements, { fields: [statementAmendments.statementId], references: [statements.id] }),
  revision: one(statementRevisions, { fields: [statementAmendments.revisionId], references: [statementRevisions.id] }),
  party: one(parties, { fields: [statementAmendments.partyId], references: [parties.id] }),
  proposer: one(users, { fields: [statementAmendments.proposedByUserId], references: [users.id] }),
  decider: one(users, { fields: [statementAmendments.decidedByUserId], references: [users.id] }),
  sponsors: many(statementAmendmentSponsors),
}));

export const statementAmendmentSponsorRelations = relations(statementAmendmentSponsors, ({ one }) => ({
  amendment: one(statementAmendments, { fields: [statementAmendmentSponsors.amendmentId], references: [statementAmendments.id] }),
  party: one(parties, { fields: [statementAmendmentSponsors.partyId], references: [parties.id] }),
  user: one(users, { fields: [statementAmendmentSponsors.userId], references: [users.id] }),
}));

export const statementObjectionRelations = relations(statementObjections, ({ one }) => ({
  statement: one(statements, { fields: [statementObjections.statementId], references: [statements.id] }),
  party: one(parties, { fields: [statementObjections.partyId], references: [parties.id] }),
  user: one(users, { fields: [statementObjections.userId], references: [users.id] }),
}));

export const statementCommentRelations = relations(statementComments, ({ one }) => ({
  statement: one(statements, { fields: [statementComments.statementId], references: [statements.id] }),
  party: one(parties, { fields: [statementComments.partyId], references: [parties.id] }),
  author: one(users, { fields: [statementComments.authorUserId], references: [users.id] }),
}));

export const statementPositionRelations = relations(statementPositions, ({ one }) => ({
  statement: one(statements, { fields: [statementPositions.statementId], references: [statements.id] }),
  party: one(parties, { fields: [statementPositions.partyId], references: [parties.id] }),
  recorder: one(users, { fields: [statementPositions.createdByUserId], references: [users.id] }),
}));
