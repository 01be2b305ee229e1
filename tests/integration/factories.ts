import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { meetings, meetingSeries, parties, users, type AccountStatus, type Meeting, type NewMeeting, type NewParty, type Role } from '@/db/schema';
import { toMeetingFormValues } from '@/lib/meetings/form-values';
import { createMeetingSchema } from '@/lib/meetings/schemas';
import { hashPassword } from '@/lib/password';
import type { Actor } from '@/lib/permissions';

export const factoryPassword = 'factory-password-1';
let passwordHash: Promise<string> | undefined;
const unique = () => randomUUID().slice(0, 8);

export async function createParty(values: Partial<NewParty> = {}) {
  const code = values.code ?? `P${unique()}`.toUpperCase();
  const [party] = await db
    .insert(parties)
    .values({ code, name: values.name ?? `Party ${code}`, kind: values.kind ?? 'member_state', retiredAt: values.retiredAt ?? null })
    .returning();
  return party!;
}

export async function createUser(
  values: { role?: Role; partyId?: string | null; email?: string; name?: string; isDisabled?: boolean; status?: AccountStatus; position?: string } = {},
) {
  passwordHash ??= hashPassword(factoryPassword);
  const role = values.role ?? 'secretariat';
  const partyId = values.partyId !== undefined ? values.partyId : role === 'delegate' ? (await createParty()).id : null;
  const [user] = await db
    .insert(users)
    .values({
      email: values.email ?? `${role}-${unique()}@test.example`,
      name: values.name ?? `Test ${role} ${unique()}`,
      role,
      partyId,
      isDisabled: values.isDisabled ?? false,
      status: values.status ?? 'active',
      position: values.position ?? null,
      passwordHash: await passwordHash,
    })
    .returning();
  return user!;
}

export async function createActor(values: Parameters<typeof createUser>[0] = {}): Promise<Actor> {
  const user = await createUser(values);
  return { id: user.id, name: user.name, email: user.email, role: user.role, partyId: user.partyId };
}

export async function createMeeting(values: Partial<NewMeeting> = {}) {
  let seriesId = values.seriesId;
  if (!seriesId) {
    const [series] = await db.insert(meetingSeries).values({ code: `S${unique()}`, name: 'Test series' }).returning();
    seriesId = series!.id;
  }
  const [meeting] = await db
    .insert(meetings)
    .values({
      number: 1,
      title: `Meeting ${unique()}`,
      startDate: '2030-01-10',
      endDate: '2030-01-11',
      timeZone: 'Asia/Seoul',
      ...values,
      seriesId,
    })
    .returning();
  return meeting!;
}

/** The input of an edit of `meeting` as its form would send it, with `changes` made. */
export function meetingEdit(meeting: Meeting, changes: Record<string, unknown> = {}) {
  const fields = createMeetingSchema.parse({ ...toMeetingFormValues(meeting), ...changes });
  return { ...fields, meetingId: meeting.id, version: meeting.version };
}

// Registrations and delegations for the participants' tests (lists, badges, check-in).
import { delegations, registrations, type NewRegistration } from '@/db/schema';

/** A party's delegation to a meeting (made directly: the registration use-cases are not needed to read it). */
export async function createDelegation(values: { meetingId: string; partyId: string }) {
  const [delegation] = await db.insert(delegations).values(values).returning();
  return delegation!;
}

/**
 * A registration of a person at a meeting in their party's delegation (made if missing), approved
 * unless told otherwise.
 */
export async function createRegistration(values: Partial<NewRegistration> & { meetingId: string; partyId: string }) {
  const delegationId =
    values.delegationId ??
    (
      await db
        .insert(delegations)
        .values({ meetingId: values.meetingId, partyId: values.partyId })
        .onConflictDoUpdate({ target: [delegations.meetingId, delegations.partyId], set: { updatedAt: new Date() } })
        .returning()
    )[0]!.id;
  const id = unique();
  const [registration] = await db
    .insert(registrations)
    .values({
      name: `Participant ${id}`,
      email: `participant-${id}@test.example`,
      delegationRole: 'delegate',
      status: 'approved',
      ...values,
      delegationId,
    })
    .returning();
  return registration!;
}

// Statements: made directly, at any stage, so each test starts where its use-case acts.
import { eq } from 'drizzle-orm';
import { statementParagraphs, statementRevisions, statements, type NewStatement, type ParagraphKind } from '@/db/schema';

export type ParagraphFixture = { kind: ParagraphKind; text: string };

export const threeParagraphs: ParagraphFixture[] = [
  { kind: 'preambular', text: 'Recalling the Framework for NEASPEC adopted in 1996,' },
  { kind: 'operative', text: 'Welcome the progress of the programme in its five areas;' },
  { kind: 'operative', text: 'Request the secretariat to report to the next meeting.' },
];

/**
 * A statement with one revision of `paragraphs` (revision 1, unless `currentRevision` says more
 * revisions exist: the earlier ones are made with the same text). It is written in drafting and
 * then moved to its status, as an adopted text's words cannot be written after its adoption.
 */
export async function createStatement(values: Partial<NewStatement> & { meetingId: string; paragraphs?: ParagraphFixture[] }) {
  const { paragraphs = threeParagraphs, ...fields } = values;
  const currentRevision = fields.currentRevision ?? 1;
  const [draft] = await db
    .insert(statements)
    .values({ title: `Statement ${unique()}`, meetingId: fields.meetingId, currentRevision })
    .returning();
  for (let number = 1; number <= currentRevision; number++) {
    const [revision] = await db.insert(statementRevisions).values({ statementId: draft!.id, number }).returning();
    await db.insert(statementParagraphs).values(paragraphs.map((p, position) => ({ ...p, position, statementId: draft!.id, revisionId: revision!.id })));
  }
  const [statement] = await db.update(statements).set(fields).where(eq(statements.id, draft!.id)).returning();
  return statement!;
}

/** A statement circulated for comments until `commentDeadline` (a day from now by default). */
export function createCirculatedStatement(values: Parameters<typeof createStatement>[0]) {
  return createStatement({
    status: 'circulated',
    circulatedRevision: values.currentRevision ?? 1,
    commentDeadline: new Date(Date.now() + 86_400_000),
    ...values,
  });
}
