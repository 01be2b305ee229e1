import 'server-only';
import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
import { parties, users, type NewUser, type Party, type User } from '../schema';
import { containing } from './contains';

/** An account as the app shows and passes it around: never with its password hash. */
export type UserRecord = Omit<User, 'passwordHash'>;
const userRecordColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  partyId: users.partyId,
  position: users.position,
  status: users.status,
  statusReason: users.statusReason,
  statusDecidedByUserId: users.statusDecidedByUserId,
  statusDecidedAt: users.statusDecidedAt,
  isDisabled: users.isDisabled,
  mustChangePassword: users.mustChangePassword,
  sessionVersion: users.sessionVersion,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

/** The whole account with its password hash: for checking a sign-in, nothing else. */
export function findUserCredentialsByEmail(email: string, ex: Executor = db): Promise<User | undefined> {
  return ex.query.users.findFirst({ where: eq(users.email, email.toLowerCase()) });
}

/** The whole account with its password hash: for checking the current password before a change. */
export function findUserCredentialsById(id: string, ex: Executor = db): Promise<User | undefined> {
  return ex.query.users.findFirst({ where: eq(users.id, id) });
}

export async function countUsers(ex: Executor = db): Promise<number> {
  const [row] = await userCount(ex).execute();
  return row?.total ?? 0;
}
const userCount = preparedRead('user_count', (ex) => ex.select({ total: count() }).from(users));

/** The party an account belongs to, as the session carries it. */
export type AccountParty = { partyName: string | null; partyKind: Party['kind'] | null; partyRetiredAt: Date | null };

/** An account with its party's name and kind: what every signed-in request reads first, in one statement. */
export async function findAccountWithParty(id: string, ex: Executor = db): Promise<(UserRecord & AccountParty) | undefined> {
  const [account] = await accountWithParty(ex).execute({ id });
  return account;
}
const accountWithParty = preparedRead('account_with_party', (ex) =>
  ex
    .select({ ...userRecordColumns, partyName: parties.name, partyKind: parties.kind, partyRetiredAt: parties.retiredAt })
    .from(users)
    .leftJoin(parties, eq(users.partyId, parties.id))
    .where(eq(users.id, sql.placeholder('id'))),
);

export async function findUserById(id: string, ex: Executor = db): Promise<UserRecord | undefined> {
  const [user] = await ex.select(userRecordColumns).from(users).where(eq(users.id, id));
  return user;
}

export type UserListRow = Pick<User, 'id' | 'name' | 'email' | 'role' | 'isDisabled' | 'partyId' | 'status'> & {
  partyCode: string | null;
  partyName: string | null;
};

/** Whether the list is searched: each shape is its own prepared read. */
type UserListShape = { search: boolean };

/**
 * The name and email of every account a search finds, each part through its own index: a part of the
 * name or the email through their trigram indexes, and the accounts of the parties whose name has it
 * through the accounts' party index. As one condition joined to the parties, the search walked every
 * account: 40 ms at 30,000 for a term nobody has, 1.7 ms since.
 */
function searchedKeys(ex: Executor) {
  const pattern = sql.placeholder('pattern');
  return union(
    ex
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(or(ilike(users.name, pattern), ilike(users.email, pattern))),
    ex
      .select({ name: users.name, email: users.email })
      .from(users)
      .innerJoin(parties, eq(users.partyId, parties.id))
      .where(ilike(parties.name, pattern)),
  );
}

// The page's keys first, from the (name, email) index alone, then only their rows: a deep page
// skips index entries rather than sorting every account (57 ms to 4 ms at page 1,000 of 30,000).
const userListPage = preparedReadByShape('user_list_page', (ex, shape: UserListShape) => {
  const allKeys = ex.select({ name: users.name, email: users.email }).from(users);
  const keys = (shape.search ? searchedKeys(ex) : allKeys)
    .orderBy(asc(users.name), asc(users.email))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('page_keys');
  return ex
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      isDisabled: users.isDisabled,
      status: users.status,
      partyId: users.partyId,
      partyCode: parties.code,
      partyName: parties.name,
    })
    .from(keys)
    .innerJoin(users, eq(users.email, keys.email))
    .leftJoin(parties, eq(users.partyId, parties.id))
    .orderBy(asc(keys.name), asc(keys.email));
});
const userListCount = preparedReadByShape('user_list_count', (ex, shape: UserListShape) =>
  shape.search ? ex.select({ total: count() }).from(searchedKeys(ex).as('found')) : ex.select({ total: count() }).from(users),
);

export async function listUsers(
  options: { query?: string; limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: UserListRow[]; total: number }> {
  const term = options.query?.trim();
  const shape = { search: Boolean(term) };
  const values = { pattern: containing(term ?? ''), limit: options.limit, offset: options.offset };
  // The page and the count are independent: asked side by side, the list costs one round trip.
  const [page, [totals]] = await Promise.all([userListPage(shape, ex).execute(values), userListCount(shape, ex).execute(values)]);
  return { rows: page, total: totals?.total ?? 0 };
}

export async function insertUser(values: NewUser, ex: Executor = db): Promise<UserRecord> {
  const [user] = await ex.insert(users).values(values).returning(userRecordColumns);
  if (!user) throw new Error('insert into users returned no row');
  return user;
}

export type UserChanges = Partial<Pick<User, 'role' | 'partyId' | 'isDisabled' | 'name' | 'passwordHash' | 'mustChangePassword'>> & {
  /** Raise the session version: every session issued before ends at its next request. */
  endSessions?: boolean;
};

export async function updateUser(id: string, changes: UserChanges, ex: Executor = db): Promise<UserRecord | undefined> {
  const { endSessions, ...values } = changes;
  const [user] = await ex
    .update(users)
    .set({ ...values, ...(endSessions && { sessionVersion: sql`${users.sessionVersion} + 1` }), updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning(userRecordColumns);
  return user;
}

/**
 * Ends every session of the account, but only if `sessionVersion` is still its current one: a
 * session that has already ended cannot end the ones that replaced it. True when it did.
 */
export async function endSessionsOfVersion(id: string, sessionVersion: number, ex: Executor = db): Promise<boolean> {
  const rows = await ex
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, id), eq(users.sessionVersion, sessionVersion)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Active delegate accounts of any of the parties, by name: the people a party's message reaches. */
export function listActiveDelegatesOfParties(partyIds: string[], ex: Executor = db): Promise<Pick<User, 'id' | 'name' | 'email'>[]> {
  if (partyIds.length === 0) return Promise.resolve([]);
  return ex
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'delegate'), inArray(users.partyId, partyIds), eq(users.isDisabled, false), eq(users.status, 'active')))
    .orderBy(asc(users.name));
}

/** Active accounts of one role, by name: the choices for a meeting's chair. */
export function listActiveUsersByRole(role: User['role'], ex: Executor = db): Promise<Pick<User, 'id' | 'name' | 'email'>[]> {
  return ex
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, role), eq(users.isDisabled, false), eq(users.status, 'active')))
    .orderBy(asc(users.name));
}
