import 'server-only';
import { and, asc, eq, exists, isNull, or, sql } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedRead } from '../prepared';
import { parties, users, type NewParty, type Party } from '../schema';

/** Every party, retired ones too, by kind and name: the parties page, and what an old record may name. */
export function listParties(ex: Executor = db): Promise<Party[]> {
  return allParties(ex).execute();
}
const allParties = preparedRead('all_parties', (ex) => ex.select().from(parties).orderBy(asc(parties.kind), asc(parties.name)));

/**
 * The parties a new account, a sign-up or an invitation may name: those not retired, and the current
 * party of the account `ofUserId`, retired or not, so its form still shows it.
 */
export function listActiveParties(options: { ofUserId?: string } = {}, ex: Executor = db): Promise<Party[]> {
  if (!options.ofUserId) return activeParties(ex).execute();
  const ofUser = exists(ex.select({ one: sql`1` }).from(users).where(and(eq(users.id, options.ofUserId), eq(users.partyId, parties.id))));
  return ex
    .select()
    .from(parties)
    .where(or(active, ofUser))
    .orderBy(asc(parties.kind), asc(parties.name));
}
const active = isNull(parties.retiredAt);
const activeParties = preparedRead('active_parties', (ex) => ex.select().from(parties).where(active).orderBy(asc(parties.kind), asc(parties.name)));

/**
 * One party. `lock: 'share'` holds it as it is until the transaction ends: a retirement running
 * meanwhile waits, so an account is never added to a party retired under it.
 */
export async function findPartyById(id: string, ex: Executor = db, options: { lock?: 'share' } = {}): Promise<Party | undefined> {
  const query = ex.select().from(parties).where(eq(parties.id, id));
  const [party] = await (options.lock ? query.for(options.lock) : query);
  return party;
}

export function findPartyByCode(code: string, ex: Executor = db): Promise<Party | undefined> {
  return ex.query.parties.findFirst({ where: eq(parties.code, code.toUpperCase()) });
}

export async function insertParty(values: NewParty, ex: Executor = db): Promise<Party> {
  const [party] = await ex.insert(parties).values(values).returning();
  if (!party) throw new Error('insert into parties returned no row');
  return party;
}

export async function updatePartyName(id: string, name: string, ex: Executor = db): Promise<Party | undefined> {
  const [party] = await ex.update(parties).set({ name }).where(eq(parties.id, id)).returning();
  return party;
}

/** Retires the party unless it already is: undefined when there was nothing to retire. */
export async function retirePartyRow(id: string, ex: Executor = db): Promise<Party | undefined> {
  const [party] = await ex
    .update(parties)
    .set({ retiredAt: sql`now()` })
    .where(and(eq(parties.id, id), isNull(parties.retiredAt)))
    .returning();
  return party;
}
