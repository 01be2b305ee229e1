import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, parties, users, type Role } from '@/db/schema';
import { addParty } from '@/lib/parties/add-party';
import { findAllParties } from '@/lib/parties/find-all-parties';
import { findParties } from '@/lib/parties/find-parties';
import { renameParty } from '@/lib/parties/rename-party';
import { retireParty } from '@/lib/parties/retire-party';
import { addPartySchema } from '@/lib/parties/schemas';
import { changeUserRole } from '@/lib/users/change-user-role';
import { createUser } from '@/lib/users/create-user';
import { createUserSchema } from '@/lib/users/schemas';
import * as factory from './factories';
import { refusal } from './refusal';

const otherRoles: Role[] = ['chair', 'delegate', 'observer'];

async function countOf(table: typeof parties | typeof auditEvents | typeof users) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

async function partyRow(id: string) {
  const [row] = await db.select().from(parties).where(eq(parties.id, id));
  return row!;
}

describe('addParty', () => {
  it('adds a member state by its ISO code, with an audit event', async () => {
    const actor = await factory.createActor();
    const party = await addParty({ actor, input: addPartySchema.parse({ code: 'mng', name: 'Mongolia', kind: 'member_state' }) });
    expect(party).toMatchObject({ code: 'MNG', name: 'Mongolia', kind: 'member_state', retiredAt: null });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, party.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({
      action: 'party.added',
      entityType: 'party',
      actorUserId: actor.id,
      change: { fields: { code: { after: 'MNG' }, name: { after: 'Mongolia' }, partyKind: { after: 'member_state' } } },
    });
  });

  it('refuses a code already taken as a field error, and writes nothing', async () => {
    const actor = await factory.createActor();
    await factory.createParty({ code: 'UNEP', kind: 'organization' });
    const before = await countOf(parties);
    const error = await refusal(addParty({ actor, input: addPartySchema.parse({ code: 'unep', name: 'UNEP again', kind: 'organization' }) }));
    expect(error).toMatchObject({ code: 'CONFLICT', fieldErrors: { code: 'partyCodeTaken' } });
    expect(await countOf(parties)).toBe(before);
    expect(await countOf(auditEvents)).toBe(0);
  });
});

describe('renameParty', () => {
  it('renames, keeping the code, with the names before and after in the audit', async () => {
    const actor = await factory.createActor();
    const party = await factory.createParty({ code: 'KOR', name: 'South Korea' });
    const renamed = await renameParty({ actor, input: { partyId: party.id, name: 'Republic of Korea' } });
    expect(renamed).toMatchObject({ code: 'KOR', name: 'Republic of Korea' });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, party.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'party.renamed', change: { fields: { name: { before: 'South Korea', after: 'Republic of Korea' } } } });
  });

  it('refuses an unknown party', async () => {
    const actor = await factory.createActor();
    const error = await refusal(renameParty({ actor, input: { partyId: '00000000-0000-4000-8000-000000000000', name: 'Nowhere' } }));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('retireParty', () => {
  it('retires a party, which keeps its accounts, with an audit event', async () => {
    const actor = await factory.createActor();
    const party = await factory.createParty();
    const member = await factory.createUser({ role: 'delegate', partyId: party.id });
    const retired = await retireParty({ actor, input: { partyId: party.id } });
    expect(retired.retiredAt).toBeInstanceOf(Date);
    const [stillMember] = await db.select().from(users).where(eq(users.id, member.id));
    expect(stillMember!.partyId).toBe(party.id);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, party.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'party.retired', change: { fields: { retiredAt: { before: null, after: retired.retiredAt!.toISOString() } } } });
  });

  it('refuses to retire a party twice, and writes nothing the second time', async () => {
    const actor = await factory.createActor();
    const party = await factory.createParty();
    const first = await retireParty({ actor, input: { partyId: party.id } });
    const error = await refusal(retireParty({ actor, input: { partyId: party.id } }));
    expect(error).toMatchObject({ code: 'INVALID_STATE', messageKey: 'partyAlreadyRetired' });
    expect((await partyRow(party.id)).retiredAt).toEqual(first.retiredAt);
    expect(await countOf(auditEvents)).toBe(1);
  });
});

describe('the parties use-cases refuse anyone but staff', () => {
  it.each(otherRoles)('a %s, with nothing written', async (role) => {
    const actor = await factory.createActor({ role });
    const party = await factory.createParty({ name: 'Kept name' });
    const partiesBefore = await countOf(parties);
    for (const attempt of [
      findAllParties({ actor }),
      addParty({ actor, input: addPartySchema.parse({ code: 'ADB', name: 'Asian Development Bank', kind: 'organization' }) }),
      renameParty({ actor, input: { partyId: party.id, name: 'New name' } }),
      retireParty({ actor, input: { partyId: party.id } }),
    ]) {
      expect((await refusal(attempt)).code).toBe('FORBIDDEN');
    }
    expect(await countOf(parties)).toBe(partiesBefore);
    expect(await partyRow(party.id)).toMatchObject({ name: 'Kept name', retiredAt: null });
    expect(await countOf(auditEvents)).toBe(0);
  });
});

describe('a retired party', () => {
  it('is listed for staff, marked, and no longer offered for new accounts', async () => {
    const actor = await factory.createActor();
    const active = await factory.createParty({ name: 'Active party' });
    const retired = await factory.createParty({ name: 'Retired party', retiredAt: new Date() });
    const all = await findAllParties({ actor });
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining([active.id, retired.id]));
    expect(all.find((p) => p.id === retired.id)!.retiredAt).toBeInstanceOf(Date);
    expect((await findParties({ actor })).map((p) => p.id)).toEqual([active.id]);
  });

  it('is still offered on the form of an account that belongs to it', async () => {
    const actor = await factory.createActor();
    const retired = await factory.createParty({ retiredAt: new Date() });
    const member = await factory.createUser({ role: 'delegate', partyId: retired.id });
    const other = await factory.createUser({ role: 'observer', partyId: null });
    expect((await findParties({ actor, input: { ofUserId: member.id } })).map((p) => p.id)).toContain(retired.id);
    expect((await findParties({ actor, input: { ofUserId: other.id } })).map((p) => p.id)).not.toContain(retired.id);
  });

  it('takes no new account from staff, as a field error, and nothing is written', async () => {
    const actor = await factory.createActor();
    const retired = await factory.createParty({ retiredAt: new Date() });
    const before = await countOf(users);
    const input = createUserSchema.parse({ name: 'New Person', email: 'new@x.example', role: 'delegate', partyId: retired.id, password: 'a long enough password' });
    const error = await refusal(createUser({ actor, input }));
    expect(error).toMatchObject({ code: 'INVALID_STATE', fieldErrors: { partyId: 'partyRetired' } });
    expect(await countOf(users)).toBe(before);
    expect(await countOf(auditEvents)).toBe(0);
  });

  it('keeps its members through a role change, but takes no one new', async () => {
    const actor = await factory.createActor();
    const retired = await factory.createParty({ retiredAt: new Date() });
    const member = await factory.createUser({ role: 'delegate', partyId: retired.id });
    const outsider = await factory.createUser({ role: 'observer', partyId: null });
    expect(await changeUserRole({ actor, input: { userId: member.id, role: 'observer', partyId: retired.id } })).toMatchObject({ role: 'observer' });
    const error = await refusal(changeUserRole({ actor, input: { userId: outsider.id, role: 'delegate', partyId: retired.id } }));
    expect(error.fieldErrors).toEqual({ partyId: 'partyRetired' });
    const [unchanged] = await db.select().from(users).where(eq(users.id, outsider.id));
    expect(unchanged).toMatchObject({ role: 'observer', partyId: null });
  });
});
