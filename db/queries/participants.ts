import 'server-only';
import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { checkIns, documents, parties, registrations, type CheckIn, type PartyKind } from '../schema';
import type { DocumentSummary } from './documents';
import { findDocumentSummary } from './documents';

const participantColumns = {
  id: registrations.id,
  meetingId: registrations.meetingId,
  delegationId: registrations.delegationId,
  partyId: registrations.partyId,
  partyName: parties.name,
  partyKind: parties.kind,
  name: registrations.name,
  email: registrations.email,
  honorific: registrations.honorific,
  position: registrations.position,
  organization: registrations.organization,
  delegationRole: registrations.delegationRole,
  participation: registrations.participation,
  isListedPublicly: registrations.isListedPublicly,
};

export type ParticipantRow = {
  id: string;
  meetingId: string;
  delegationId: string;
  partyId: string;
  partyName: string;
  partyKind: PartyKind;
  name: string;
  email: string;
  honorific: string | null;
  position: string | null;
  organization: string | null;
  delegationRole: (typeof registrations.delegationRole.enumValues)[number];
  participation: (typeof registrations.participation.enumValues)[number];
  isListedPublicly: boolean;
};

export type ParticipantFilter = {
  /** Only those who consented to the public list. */
  publicOnly?: boolean;
  inPersonOnly?: boolean;
  delegationId?: string;
};

/** A meeting's approved registrations with their party (the list orders them: lib/participants/order.ts). */
export function listApprovedParticipants(meetingId: string, filter: ParticipantFilter = {}, ex: Executor = db): Promise<ParticipantRow[]> {
  return ex
    .select(participantColumns)
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.status, 'approved'),
        filter.publicOnly ? eq(registrations.isListedPublicly, true) : undefined,
        filter.inPersonOnly ? eq(registrations.participation, 'in_person') : undefined,
        filter.delegationId ? eq(registrations.delegationId, filter.delegationId) : undefined,
      ),
    );
}

export async function findParticipant(meetingId: string, registrationId: string, ex: Executor = db) {
  const [row] = await ex
    .select({ ...participantColumns, status: registrations.status })
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.id, registrationId)));
  return row;
}

function nameFilter(meetingId: string, search: string | undefined): SQL | undefined {
  const escaped = search?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    eq(registrations.meetingId, meetingId),
    eq(registrations.status, 'approved'),
    escaped ? ilike(registrations.name, `%${escaped}%`) : undefined,
  );
}

/** Approved participants whose name contains `search`, by name, one page. */
export async function searchApprovedParticipants(
  meetingId: string,
  options: { search?: string; limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: ParticipantRow[]; total: number }> {
  const where = nameFilter(meetingId, options.search);
  const [rows, [totals]] = await Promise.all([
    ex
      .select(participantColumns)
      .from(registrations)
      .innerJoin(parties, eq(parties.id, registrations.partyId))
      .where(where)
      .orderBy(asc(registrations.name), asc(registrations.id))
      .limit(options.limit)
      .offset(options.offset),
    ex.select({ total: count() }).from(registrations).where(where),
  ]);
  return { rows, total: totals?.total ?? 0 };
}

export function listCheckIns(registrationIds: string[], ex: Executor = db): Promise<CheckIn[]> {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(checkIns)
    .where(inArray(checkIns.registrationId, registrationIds));
}

/** Records attendance; a second check-in of the same day is no new row (returns undefined). */
export async function insertCheckIn(values: { registrationId: string; day: string; checkedInByUserId: string }, ex: Executor = db): Promise<CheckIn | undefined> {
  const [row] = await ex.insert(checkIns).values(values).onConflictDoNothing({ target: [checkIns.registrationId, checkIns.day] }).returning();
  return row;
}

/** For each day with any check-in: how many participants were present. */
export async function countCheckInsByDay(meetingId: string, ex: Executor = db): Promise<Map<string, number>> {
  const rows = await ex
    .select({ day: checkIns.day, present: count() })
    .from(checkIns)
    .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'approved')))
    .groupBy(checkIns.day);
  return new Map(rows.map((row) => [row.day, row.present]));
}

export async function countApprovedParticipants(meetingId: string, ex: Executor = db): Promise<number> {
  const [row] = await ex
    .select({ total: count() })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'approved')));
  return row?.total ?? 0;
}

/** The first list of participants issued for a meeting (its revisions are /Rev.N of it), if any. */
export async function findFirstParticipantList(meetingId: string, title: string, ex: Executor = db): Promise<DocumentSummary | undefined> {
  const [row] = await ex
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), eq(documents.kind, 'information'), eq(documents.variant, 'original'), eq(documents.title, title)))
    .orderBy(asc(documents.sequence))
    .limit(1);
  return row ? findDocumentSummary(row.id, ex) : undefined;
}
