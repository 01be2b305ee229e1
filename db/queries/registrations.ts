import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
import {
  credentialsLetters,
  delegations,
  parties,
  registrations,
  users,
  type CredentialsStatus,
  type Delegation,
  type NewRegistration,
  type Party,
  type Registration,
  type RegistrationStatus,
} from '../schema';

// Registrations, delegations and credentials letters of meetings.

export type DelegationWithParty = Delegation & { partyCode: string; partyName: string; partyKind: Party['kind'] };

const delegationColumns = {
  id: delegations.id,
  meetingId: delegations.meetingId,
  partyId: delegations.partyId,
  credentialsStatus: delegations.credentialsStatus,
  credentialsNote: delegations.credentialsNote,
  credentialsDecidedByUserId: delegations.credentialsDecidedByUserId,
  credentialsDecidedAt: delegations.credentialsDecidedAt,
  version: delegations.version,
  createdAt: delegations.createdAt,
  updatedAt: delegations.updatedAt,
  partyCode: parties.code,
  partyName: parties.name,
  partyKind: parties.kind,
};

/**
 * The party's delegation to the meeting, made with its first registration. Read first, as it mostly
 * exists already: one statement then, and a second read only when a concurrent insert won the race.
 */
export async function ensureDelegation(meetingId: string, partyId: string, ex: Executor = db): Promise<Delegation> {
  const ofParty = and(eq(delegations.meetingId, meetingId), eq(delegations.partyId, partyId));
  const [existing] = await ex.select().from(delegations).where(ofParty);
  if (existing) return existing;
  const [made] = await ex
    .insert(delegations)
    .values({ meetingId, partyId })
    .onConflictDoNothing({ target: [delegations.meetingId, delegations.partyId] })
    .returning();
  if (made) return made;
  const [row] = await ex.select().from(delegations).where(ofParty);
  return row!;
}

export async function findDelegation(id: string, ex: Executor = db, options: { lock?: boolean } = {}): Promise<DelegationWithParty | undefined> {
  const query = ex.select(delegationColumns).from(delegations).innerJoin(parties, eq(parties.id, delegations.partyId)).where(eq(delegations.id, id));
  const [row] = options.lock ? await query.for('update', { of: delegations }) : await query;
  return row;
}

export async function findDelegationOfParty(meetingId: string, partyId: string, ex: Executor = db): Promise<DelegationWithParty | undefined> {
  const [row] = await ex
    .select(delegationColumns)
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(delegations.meetingId, meetingId), eq(delegations.partyId, partyId)));
  return row;
}

/** The registration heading the delegation now (pending or approved, role head), if any. */
export async function findHeadRegistration(delegationId: string, ex: Executor = db): Promise<Registration | undefined> {
  const [row] = await ex
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.delegationId, delegationId),
        eq(registrations.delegationRole, 'head'),
        inArray(registrations.status, ['pending', 'approved']),
      ),
    );
  return row;
}

export async function findRegistration(id: string, ex: Executor = db, options: { lock?: boolean } = {}): Promise<Registration | undefined> {
  const query = ex.select().from(registrations).where(eq(registrations.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** A person's registration to a meeting, found by their account or their email. */
export async function findRegistrationOfPerson(
  meetingId: string,
  person: { userId?: string | null; email: string },
  ex: Executor = db,
): Promise<Registration | undefined> {
  const [row] = await ex
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        person.userId
          ? sql`(${registrations.userId} = ${person.userId} or ${registrations.email} = ${person.email.toLowerCase()})`
          : eq(registrations.email, person.email.toLowerCase()),
      ),
    )
    .limit(1);
  return row;
}

export async function insertRegistration(values: NewRegistration, ex: Executor = db): Promise<Registration> {
  const [row] = await ex.insert(registrations).values(values).returning();
  return row!;
}

/** Changes a registration if it is still at `version`; raises the version. Undefined when it moved meanwhile. */
export async function updateRegistrationAtVersion(
  id: string,
  version: number,
  values: Partial<NewRegistration>,
  ex: Executor = db,
): Promise<Registration | undefined> {
  const [row] = await ex
    .update(registrations)
    .set({ ...values, version: sql`${registrations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(registrations.id, id), eq(registrations.version, version)))
    .returning();
  return row;
}

/** Moves a registration from one status to another, guarded: undefined when its status moved meanwhile. */
export async function updateRegistrationStatus(
  id: string,
  change: { from: RegistrationStatus; to: RegistrationStatus; values?: Partial<NewRegistration> },
  ex: Executor = db,
): Promise<Registration | undefined> {
  const [row] = await ex
    .update(registrations)
    .set({ ...change.values, status: change.to, version: sql`${registrations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(registrations.id, id), eq(registrations.status, change.from)))
    .returning();
  return row;
}

export async function listRegistrationsByIds(meetingId: string, ids: string[], ex: Executor = db): Promise<Registration[]> {
  return ex
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), inArray(registrations.id, ids)))
    .orderBy(asc(registrations.createdAt))
    .for('update');
}

export type QueueRow = Pick<
  Registration,
  | 'id'
  | 'name'
  | 'email'
  | 'delegationRole'
  | 'participation'
  | 'arrivalDate'
  | 'departureDate'
  | 'dietaryNeeds'
  | 'accessNeeds'
  | 'status'
  | 'decisionReason'
  | 'decidedAt'
  | 'createdAt'
  | 'partyId'
  | 'delegationId'
> & { partyName: string; decidedByName: string | null };

/** Which of the queue's filters are set: each shape is its own prepared read. */
type QueueFilterShape = { party: boolean; status: boolean };

function queueFilter(shape: QueueFilterShape): SQL | undefined {
  return and(
    eq(registrations.meetingId, sql.placeholder('meetingId')),
    shape.party ? eq(registrations.partyId, sql.placeholder('partyId')) : undefined,
    shape.status ? eq(registrations.status, sql.placeholder('status')) : undefined,
  );
}

const queuePage = preparedReadByShape('registration_queue_page', (ex, shape: QueueFilterShape) =>
  ex
    .select({
      id: registrations.id,
      name: registrations.name,
      email: registrations.email,
      delegationRole: registrations.delegationRole,
      participation: registrations.participation,
      arrivalDate: registrations.arrivalDate,
      departureDate: registrations.departureDate,
      dietaryNeeds: registrations.dietaryNeeds,
      accessNeeds: registrations.accessNeeds,
      status: registrations.status,
      decisionReason: registrations.decisionReason,
      decidedAt: registrations.decidedAt,
      createdAt: registrations.createdAt,
      partyId: registrations.partyId,
      delegationId: registrations.delegationId,
      partyName: parties.name,
      decidedByName: users.name,
    })
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .leftJoin(users, eq(users.id, registrations.decidedByUserId))
    .where(queueFilter(shape))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')),
);
const queueCount = preparedReadByShape('registration_queue_count', (ex, shape: QueueFilterShape) =>
  ex.select({ total: count() }).from(registrations).where(queueFilter(shape)),
);

/** The moderation queue: a meeting's registrations, oldest first, optionally of one party and one status. */
export async function listRegistrationQueue(
  meetingId: string,
  options: { partyId?: string; status?: RegistrationStatus; limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: QueueRow[]; total: number }> {
  const shape = { party: Boolean(options.partyId), status: Boolean(options.status) };
  const values = { ...options, meetingId };
  const [list, [counted]] = await Promise.all([queuePage(shape, ex).execute(values), queueCount(shape, ex).execute(values)]);
  return { rows: list, total: counted?.total ?? 0 };
}

export type RegistrationCount = { partyId: string; partyName: string; partyKind: Party['kind']; status: RegistrationStatus; count: number };

/** How many registrations each party has in each status, in one grouped query. */
export async function countRegistrations(meetingId: string, options: { partyId?: string } = {}, ex: Executor = db): Promise<RegistrationCount[]> {
  if (options.partyId) return partyRegistrationCounts(ex).execute({ meetingId, partyId: options.partyId });
  return registrationCounts(ex).execute({ meetingId });
}
const registrationCountsQuery = (ex: Executor, ofOneParty: boolean) =>
  ex
    .select({ partyId: registrations.partyId, partyName: parties.name, partyKind: parties.kind, status: registrations.status, count: count() })
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .where(and(eq(registrations.meetingId, sql.placeholder('meetingId')), ofOneParty ? eq(registrations.partyId, sql.placeholder('partyId')) : undefined))
    .groupBy(registrations.partyId, parties.name, parties.kind, registrations.status)
    .orderBy(asc(parties.name));
const registrationCounts = preparedRead('registration_counts', (ex) => registrationCountsQuery(ex, false));
const partyRegistrationCounts = preparedRead('party_registration_counts', (ex) => registrationCountsQuery(ex, true));

export type DelegationListRow = DelegationWithParty & { headName: string | null; memberCount: number };

/** A meeting's delegations with their head's name and how many members still take part. */
export async function listDelegations(meetingId: string, ex: Executor = db): Promise<DelegationListRow[]> {
  return ex
    .select({
      ...delegationColumns,
      headName: sql<string | null>`max(${registrations.name}) filter (where ${registrations.delegationRole} = 'head' and ${registrations.status} in ('pending', 'approved'))`,
      memberCount: sql<number>`(count(${registrations.id}) filter (where ${registrations.status} in ('pending', 'approved')))::int`,
    })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .leftJoin(registrations, eq(registrations.delegationId, delegations.id))
    .where(eq(delegations.meetingId, meetingId))
    .groupBy(delegations.id, parties.id)
    .orderBy(asc(parties.name));
}

/** A delegation's members, every status (the page shows withdrawn ones apart). */
export async function listDelegationMembers(delegationId: string, ex: Executor = db): Promise<Registration[]> {
  return ex.select().from(registrations).where(eq(registrations.delegationId, delegationId)).orderBy(asc(registrations.createdAt));
}

export async function demoteHead(delegationId: string, ex: Executor = db): Promise<Registration | undefined> {
  const [row] = await ex
    .update(registrations)
    .set({ delegationRole: 'delegate', version: sql`${registrations.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(registrations.delegationId, delegationId),
        eq(registrations.delegationRole, 'head'),
        inArray(registrations.status, ['pending', 'approved']),
      ),
    )
    .returning();
  return row;
}

export async function markConfirmedByHead(id: string, ex: Executor = db): Promise<Registration | undefined> {
  const [row] = await ex
    .update(registrations)
    .set({ confirmedByHeadAt: new Date(), version: sql`${registrations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(registrations.id, id), isNull(registrations.confirmedByHeadAt), inArray(registrations.status, ['pending', 'approved'])))
    .returning();
  return row;
}

/** Moves a delegation's credentials from one status to another, guarded; undefined when it moved meanwhile. */
export async function updateCredentialsStatus(
  id: string,
  change: { from: CredentialsStatus; to: CredentialsStatus; note: string | null; decidedByUserId: string | null },
  ex: Executor = db,
): Promise<Delegation | undefined> {
  const [row] = await ex
    .update(delegations)
    .set({
      credentialsStatus: change.to,
      credentialsNote: change.note,
      credentialsDecidedByUserId: change.decidedByUserId,
      credentialsDecidedAt: change.decidedByUserId ? new Date() : null,
      version: sql`${delegations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(delegations.id, id), eq(delegations.credentialsStatus, change.from)))
    .returning();
  return row;
}

export type CredentialsLetterSummary = { id: string; fileName: string; byteSize: number; createdAt: Date; uploadedByName: string | null };

export async function insertCredentialsLetter(
  values: { delegationId: string; fileName: string; contentType: string; content: Buffer; uploadedByUserId: string },
  ex: Executor = db,
): Promise<CredentialsLetterSummary> {
  const [row] = await ex
    .insert(credentialsLetters)
    .values({ ...values, byteSize: values.content.byteLength })
    .returning({ id: credentialsLetters.id, fileName: credentialsLetters.fileName, byteSize: credentialsLetters.byteSize, createdAt: credentialsLetters.createdAt });
  return { ...row!, uploadedByName: null };
}

export async function listCredentialsLetters(delegationId: string, ex: Executor = db): Promise<CredentialsLetterSummary[]> {
  return ex
    .select({
      id: credentialsLetters.id,
      fileName: credentialsLetters.fileName,
      byteSize: credentialsLetters.byteSize,
      createdAt: credentialsLetters.createdAt,
      uploadedByName: users.name,
    })
    .from(credentialsLetters)
    .leftJoin(users, eq(users.id, credentialsLetters.uploadedByUserId))
    .where(eq(credentialsLetters.delegationId, delegationId))
    .orderBy(desc(credentialsLetters.createdAt));
}

export async function findCredentialsLetter(id: string, ex: Executor = db) {
  const [row] = await ex.select().from(credentialsLetters).where(eq(credentialsLetters.id, id));
  return row;
}

export type CredentialsReportRow = {
  partyId: string;
  partyCode: string;
  partyName: string;
  delegationId: string | null;
  credentialsStatus: CredentialsStatus | null;
  activeMembers: number;
};

/** Every member state not retired, with its delegation to the meeting (if any) and how many still take part. */
export async function listMemberStateCredentials(meetingId: string, ex: Executor = db): Promise<CredentialsReportRow[]> {
  return memberStateCredentials(ex).execute({ meetingId });
}
const memberStateCredentials = preparedRead('member_state_credentials', (ex) =>
  ex
    .select({
      partyId: parties.id,
      partyCode: parties.code,
      partyName: parties.name,
      delegationId: delegations.id,
      credentialsStatus: delegations.credentialsStatus,
      activeMembers: sql<number>`(count(${registrations.id}) filter (where ${registrations.status} in ('pending', 'approved')))::int`,
    })
    .from(parties)
    .leftJoin(delegations, and(eq(delegations.partyId, parties.id), eq(delegations.meetingId, sql.placeholder('meetingId'))))
    .leftJoin(registrations, eq(registrations.delegationId, delegations.id))
    .where(and(eq(parties.kind, 'member_state'), isNull(parties.retiredAt)))
    .groupBy(parties.id, delegations.id),
);
